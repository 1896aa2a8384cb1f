package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ExtractionEvaluation} over the seeds and the corpus, prints the table (and writes
 * target/evaluation.md), and fails when a figure falls below its floor in
 * evaluation-floors.properties ({@code dataset.pass.field.measure = minimum}).
 */
class ExtractionEvaluationTest {

	@Test
	void figuresStayAboveTheirFloors() throws IOException {
		ExtractionEvaluation evaluation = new ExtractionEvaluation(
				new ArticleExtractor(ReferenceData.load(Path.of("data/reference"))));
		List<ExtractionEvaluation.Result> results = evaluation.runAll(Path.of("."));
		String report = ExtractionEvaluation.report(results, true);
		System.out.println(report);
		ExtractionEvaluation.write(Path.of("target/evaluation.md"), report);

		Properties floors = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/evaluation-floors.properties")) {
			floors.load(in);
		}
		assertThat(floors).isNotEmpty();
		List<String> below = below(floors, results, key -> !key.startsWith("real-"));
		assertThat(below).as("figures below their floors").isEmpty();
	}

	/** The floors (of the keys accepted) that the results fall below, as readable lines. */
	static List<String> below(Properties floors, List<ExtractionEvaluation.Result> results, Predicate<String> keys) {
		List<String> below = new ArrayList<>();
		for (String key : floors.stringPropertyNames().stream().filter(keys).sorted().toList()) {
			String[] parts = key.split("\\.");
			String dataset = parts[0];
			String pass = parts[1].equals("with-front-matter") ? "with front matter" : "without front matter";
			String field = parts[2];
			String measure = parts[3];
			double floor = Double.parseDouble(floors.getProperty(key));
			ExtractionEvaluation.Result r = results.stream()
				.filter(x -> x.dataset().equals(dataset) && x.pass().equals(pass))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no result for " + key));
			assertThat(r.scores()).as("field of %s", key).containsKey(field);
			double value = r.value(field, measure);
			if (value + 1e-9 < floor) {
				below.add(String.format("%s = %.3f < %.3f", key, value, floor));
			}
		}
		return below;
	}
}
