package org.diplomatictimeline.ingest.extract;

/**
 * One sentence of an article body.
 *
 * @param index position among the article's sentences
 * @param paragraph index of the line (paragraph) it belongs to
 * @param caption true for photo captions, which date an encounter but are never the antecedent of "the talks"
 * @param duplicate true when its paragraph repeats an earlier one word for word
 * @param content false for text after a "Related coverage:" heading
 */
record Sentence(int index, int start, int end, String text, int paragraph, boolean caption, boolean duplicate,
		boolean content) {

	TextSpan span() {
		return new TextSpan(start, end);
	}

	/** Whether the sentence counts for encounters, statements and disputes. */
	boolean usable() {
		return content && !duplicate;
	}
}
