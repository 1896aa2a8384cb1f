package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds known phrases (place names, gathering keywords, dispute keywords) in a token sequence by
 * looking up word n-grams in a hash map: linear in the text, whatever the number of phrases. Matching
 * ignores case and punctuation ("U.N. General Assembly" = "UN General Assembly" only if both are
 * listed; "G-7" = "G 7"); the longest phrase at a position wins.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

	/** A phrase found in text: tokens [from, to) of the sequence searched. */
	record Hit<T>(int from, int to, int start, int end, Set<T> values) {
	}

	private final Map<String, Set<T>> phrases = new HashMap<>();

	private final boolean capitalizedOnly;

	private int longest = 1;

	/** @param capitalizedOnly when true, a phrase matches only if its first word is capitalized in the text */
	PhraseIndex(boolean capitalizedOnly) {
		this.capitalizedOnly = capitalizedOnly;
	}

	void add(String phrase, T value) {
		String key = Token.key(phrase);
		if (key.isEmpty()) {
			return;
		}
		phrases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
		longest = Math.max(longest, key.split(" ").length);
	}

	/** Non-overlapping longest matches, left to right. */
	List<Hit<T>> find(List<Token> tokens) {
		List<Hit<T>> hits = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Hit<T> hit = longestAt(tokens, i);
			if (hit != null) {
				hits.add(hit);
				i = hit.to();
			}
			else {
				i++;
			}
		}
		return hits;
	}

	private Hit<T> longestAt(List<Token> tokens, int i) {
		if (capitalizedOnly && !tokens.get(i).capitalized()) {
			return null;
		}
		int max = Math.min(longest, tokens.size() - i);
		StringBuilder sb = new StringBuilder();
		String[] keys = new String[max];
		for (int n = 0; n < max; n++) {
			if (n > 0) {
				sb.append(' ');
			}
			sb.append(tokens.get(i + n).lower());
			keys[n] = sb.toString();
		}
		for (int n = max; n >= 1; n--) {
			Set<T> values = phrases.get(keys[n - 1]);
			if (values != null) {
				return new Hit<>(i, i + n, tokens.get(i).start(), tokens.get(i + n - 1).end(), values);
			}
		}
		return null;
	}
}
