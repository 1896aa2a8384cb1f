package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the real-article corpus (src/test/resources/real) whenever its texts have
 * been retrieved: dev and blind, with and without the feed's metadata. Prints the per-field table and
 * every dev miss (never a blind one), writes them to target/real-evaluation.md, and fails when a figure
 * falls below its floor ({@code real-dev.*}, {@code real-blind.*} keys of evaluation-floors.properties).
 * Without the texts (a fresh checkout, CI) it says so and is skipped.
 *
 * <p>Run: {@code ./mvnw -q test -Dtest=RealCorpusEvaluationTest}
 */
class RealCorpusEvaluationTest {

	@Test
	void realArticlesAreScoredWhenTheirTextsArePresent() throws IOException {
		RealCorpus corpus = RealCorpus.load(Path.of("src/test/resources/real"));
		System.out.println("Real-article corpus: " + corpus.status());
		Assumptions.assumeTrue(!corpus.present(false).isEmpty() || !corpus.present(true).isEmpty(),
				"no real-article text present, real corpus not scored: " + corpus.status());

		ExtractionEvaluation evaluation = new ExtractionEvaluation(
				new ArticleExtractor(ReferenceData.load(Path.of("data/reference"))));
		List<ExtractionEvaluation.Result> results = evaluation.runReal(corpus);
		String report = "Real-article corpus: " + corpus.status() + "\n\n" + ExtractionEvaluation.report(results, true);
		System.out.println(report);
		ExtractionEvaluation.write(Path.of("target/real-evaluation.md"), report);

		Properties floors = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/evaluation-floors.properties")) {
			floors.load(in);
		}
		List<String> below = new ArrayList<>();
		if (corpus.missing().isEmpty()) {
			below.addAll(ExtractionEvaluationTest.below(floors, results, key -> key.startsWith("real-")));
		}
		assertThat(below).as("figures below their floors").isEmpty();
	}
}
