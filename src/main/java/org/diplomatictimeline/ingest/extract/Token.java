package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/** A word of a sentence: a run of letters or digits, with its offsets in the body and its lower-case form. */
record Token(int start, int end, String text, String lower) {

	boolean capitalized() {
		return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
	}

	/** Words of {@code text}, whose first character sits at {@code offset} in the body. */
	static List<Token> of(String text, int offset) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			if (!Character.isLetterOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int j = i;
			while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
				j++;
			}
			String word = text.substring(i, j);
			tokens.add(new Token(offset + i, offset + j, word, word.toLowerCase()));
			i = j;
		}
		return tokens;
	}
}
