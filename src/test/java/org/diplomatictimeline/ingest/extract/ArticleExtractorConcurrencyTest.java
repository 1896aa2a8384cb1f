package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One extractor serves several threads at once and gives each article the same answer as alone:
 * every article the project has (the seeds, the test corpus, the held-out and blind sets, and the
 * real-article texts when they are present), extracted in shuffled order on four threads, several
 * rounds. Per-article state kept in a field of a shared step shows up here as an extraction that
 * borrows another article's participants or dates.
 */
class ArticleExtractorConcurrencyTest {

	private static final int ROUNDS = 4;

	@Test
	void parallelExtractionsEqualSequentialOnes() throws Exception {
		List<Path> files = new ArrayList<>();
		for (String dir : List.of("data/articles", "src/test/resources/corpus", "src/test/resources/heldout",
				"src/test/resources/blind", "src/test/resources/real/text")) {
			if (Files.isDirectory(Path.of(dir))) {
				files.addAll(ExtractionEvaluation.articles(Path.of(dir)));
			}
		}
		List<String> texts = files.stream().map(ArticleExtractorConcurrencyTest::read).toList();
		assertThat(texts).hasSizeGreaterThan(60);
		ArticleExtractor extractor = Fixture.extractor();
		List<Extraction> sequential = texts.stream().map(t -> extractor.extract("a.txt", t)).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				int offset = round * 7;
				List<Integer> order = Stream.iterate(0, i -> i + 1).limit(texts.size())
					.map(i -> (i * 31 + offset) % texts.size())
					.distinct()
					.toList();
				List<Future<Extraction>> futures = order.stream()
					.map(i -> pool.submit(() -> extractor.extract("a.txt", texts.get(i))))
					.toList();
				for (int k = 0; k < order.size(); k++) {
					int i = order.get(k);
					assertThat(futures.get(k).get()).as("%s in round %d", files.get(i), round).isEqualTo(sequential.get(i));
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String read(Path p) {
		try {
			return Files.readString(p);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
