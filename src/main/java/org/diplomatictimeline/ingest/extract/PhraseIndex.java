package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds known phrases (place names, gathering keywords, dispute keywords) in a token sequence by
 * walking a word trie: each position costs one hash look-up per word of the longest phrase that
 * starts there (usually one, since most words start no phrase), whatever the number of phrases.
 * Matching ignores case and punctuation ("U.N. General Assembly" = "UN General Assembly" only if both
 * are listed; "G-7" = "G 7"); the longest phrase at a position wins.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

	/** A phrase found in text: tokens [from, to) of the sequence searched. */
	record Hit<T>(int from, int to, int start, int end, Set<T> values) {
	}

	/** The phrases that start with the words on the path to this node; values when a phrase ends here. */
	private static final class Node<T> {

		private final Map<String, Node<T>> next = new HashMap<>();

		private Set<T> values;
	}

	private final Node<T> root = new Node<>();

	private final boolean capitalizedOnly;

	/** @param capitalizedOnly when true, a phrase matches only if its first word is capitalized in the text */
	PhraseIndex(boolean capitalizedOnly) {
		this.capitalizedOnly = capitalizedOnly;
	}

	void add(String phrase, T value) {
		List<Token> words = Token.of(phrase, 0);
		if (words.isEmpty()) {
			return;
		}
		Node<T> node = root;
		for (Token word : words) {
			node = node.next.computeIfAbsent(word.lower(), k -> new Node<>());
		}
		if (node.values == null) {
			node.values = new LinkedHashSet<>();
		}
		node.values.add(value);
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
		Node<T> node = root;
		int to = -1;
		Set<T> values = null;
		for (int n = i; n < tokens.size(); n++) {
			node = node.next.get(tokens.get(n).lower());
			if (node == null) {
				break;
			}
			if (node.values != null) {
				to = n + 1;
				values = node.values;
			}
		}
		return values == null ? null : new Hit<>(i, to, tokens.get(i).start(), tokens.get(to - 1).end(), values);
	}
}
