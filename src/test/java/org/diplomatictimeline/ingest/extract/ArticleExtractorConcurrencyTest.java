package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One extractor serves several threads at once and gives each the same answer as alone. */
class ArticleExtractorConcurrencyTest {

	@Test
	void parallelExtractionsEqualSequentialOnes() throws Exception {
		List<Path> files = ExtractionEvaluation.articles(Path.of("data/articles"));
		List<String> texts = files.stream().map(p -> {
			try {
				return Files.readString(p);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}).toList();
		ArticleExtractor extractor = Fixture.extractor();
		List<Extraction> sequential = texts.stream().map(t -> extractor.extract("a.txt", t)).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 3; round++) {
				List<Future<Extraction>> futures = texts.stream().map(t -> pool.submit(() -> extractor.extract("a.txt", t))).toList();
				for (int i = 0; i < texts.size(); i++) {
					assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
