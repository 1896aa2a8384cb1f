package org.diplomatictimeline.ingest.extract;

/**
 * Cheap checks run before an expensive pattern: a pattern that needs a word cannot match a text
 * without it, and {@link String#contains} is many times faster than trying the pattern at every
 * position. A check may let through texts the pattern then rejects, never the other way round.
 */
final class TextChecks {

	private TextChecks() {
	}

	/** Whether {@code text} contains any of the words (compare like with like: both lower-case, say). */
	static boolean containsAny(String text, String... words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text has a digit. */
	static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}
}
