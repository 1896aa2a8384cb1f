package org.diplomatictimeline.ingest.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * A developer's probe of the real-article corpus, run from the command line after
 * {@code ./mvnw test-compile}: with article ids (file-name prefixes of dev articles) it prints what
 * the extractor finds in each, with and without metadata; without arguments it prints the score table.
 * Blind articles are never shown one by one.
 */
final class RealCorpusProbe {

	private RealCorpusProbe() {
	}

	public static void main(String[] args) {
		RealCorpus corpus = RealCorpus.load(Path.of("src/test/resources/real"));
		ArticleExtractor extractor = new ArticleExtractor(ReferenceData.load(Path.of("data/reference")));
		if (args.length == 0) {
			List<ExtractionEvaluation.Result> results = new ExtractionEvaluation(extractor).runReal(corpus);
			System.out.println(ExtractionEvaluation.report(results, false));
			List<String> misses = new ArrayList<>(results.get(0).misses());
			ExtractionEvaluation.write(Path.of("target/real-dev-misses.txt"), String.join("\n", misses) + "\n");
			return;
		}
		for (String id : args) {
			if (id.endsWith(".txt") && java.nio.file.Files.exists(Path.of(id))) {
				try {
					System.out.println(ExtractionDump.of(extractor.extract(id, java.nio.file.Files.readString(Path.of(id)))));
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				continue;
			}
			for (RealCorpus.Article a : corpus.present(false)) {
				if (a.file().startsWith(id)) {
					System.out.println("=== " + a.file() + " (with metadata)");
					System.out.println(ExtractionDump.of(extractor.extract(a.file(), a.withMetadata())));
				}
			}
		}
	}
}
