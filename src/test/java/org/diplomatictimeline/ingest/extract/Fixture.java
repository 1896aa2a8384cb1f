package org.diplomatictimeline.ingest.extract;

import java.nio.file.Path;
import java.util.List;

import org.diplomatictimeline.ingest.reference.ReferenceData;

/** The small reference-data fixture of the unit tests and helpers to run steps on a text. */
final class Fixture {

	private static final ReferenceData REFERENCE = ReferenceData.load(Path.of("src/test/resources/reference-fixture"));

	private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(REFERENCE);

	private static final SentenceSplitter SPLITTER = new SentenceSplitter(REFERENCE);

	private Fixture() {
	}

	static ReferenceData reference() {
		return REFERENCE;
	}

	static ArticleExtractor extractor() {
		return EXTRACTOR;
	}

	static Extraction extract(String text) {
		return EXTRACTOR.extract("test.txt", text);
	}

	static List<Sentence> sentences(String body) {
		return SPLITTER.split(body);
	}

	/** One sentence as the first of a body, offsets from 0. */
	static Sentence sentence(String text) {
		return new Sentence(0, 0, text.length(), text, 0, false, false, true);
	}

	static String lines(String... paragraphs) {
		return String.join("\n\n", paragraphs) + "\n";
	}
}
