package org.diplomatictimeline.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline of an article without a title in its front matter, so pages never cite a file name:
 * the first line when it is short and reads as a headline ("Japan, S. Korea leaders affirm need to
 * restore bilateral ties"), otherwise the first sentence, cut at a word boundary when long.
 */
public final class Headline {

	/** A first line up to this long, without a full stop followed by more text, is a headline. */
	static final int MAX_LINE = 160;

	/** A first sentence longer than this is cut at a word boundary with an ellipsis. */
	static final int MAX_SENTENCE = 120;

	/**
	 * The end of a sentence: . ! or ? after two lower-case letters or digits (not "S." or "U.S."),
	 * followed by a space and an upper-case letter or a quote.
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\d]{2})[.!?][\"”’]?(?=\\s+[\\p{Lu}\"“‘])");

	private Headline() {
	}

	/** The headline of a body, or null for a blank one. */
	public static String of(String body) {
		if (body == null) {
			return null;
		}
		String first = body.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
		if (first == null) {
			return null;
		}
		Matcher end = SENTENCE_END.matcher(first);
		boolean oneSentence = !end.find();
		if (first.length() <= MAX_LINE && oneSentence) {
			return first;
		}
		String sentence = end.find(0) ? first.substring(0, end.end()) : first;
		if (sentence.length() <= MAX_SENTENCE) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', MAX_SENTENCE);
		return sentence.substring(0, cut > 40 ? cut : MAX_SENTENCE).strip() + "…";
	}
}
