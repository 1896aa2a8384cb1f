import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.diplomatictimeline.ingest.extract.ArticleExtractor;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Throughput of the extractor alone, once warm: articles per second on a folder of articles held in
 * memory, on a number of threads (default: the processors). No database, no Spring.
 *
 * <pre>
 * java -cp target/bench-app/diplomatic-timeline.jar bench/ExtractorBenchmark.java &lt;folder&gt; [threads] [warm-up s] [measured s]
 * </pre>
 *
 * Run it through {@code bench/extractor-benchmark.sh}, which builds the application and the archive.
 * With {@code -Ddigest=file} it writes every article's extraction to the file instead of timing, so
 * that a change meant only to be faster can be checked to change no result ({@code diff} two digests).
 */
public final class ExtractorBenchmark {

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: ExtractorBenchmark <folder> [threads] [warm-up seconds] [measured seconds]");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int measured = args.length > 3 ? Integer.parseInt(args[3]) : 30;

		List<String> names = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				names.add(file.getFileName().toString());
				texts.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		long bytes = texts.stream().mapToLong(String::length).sum();
		System.out.printf("articles:   %d in memory, %.1f KiB on average%n", texts.size(), bytes / 1024.0 / texts.size());

		long t0 = System.nanoTime();
		ArticleExtractor extractor = new ArticleExtractor(ReferenceData.load(Path.of("data/reference")));
		extractor.extract(names.get(0), texts.get(0));
		System.out.printf("first:      %.1f s (reference data, indexes, sentence model, first article)%n",
				(System.nanoTime() - t0) / 1e9);

		String digest = System.getProperty("digest");
		if (digest != null) {
			// every extraction written out, one article after the other: compare two versions of the extractor with diff
			try (var out = Files.newBufferedWriter(Path.of(digest), StandardCharsets.UTF_8)) {
				for (int i = 0; i < texts.size(); i++) {
					out.write(names.get(i) + "\t" + extractor.extract(names.get(i), texts.get(i)) + "\n");
				}
			}
			System.out.println("digest:     " + digest);
			return;
		}

		run(extractor, names, texts, threads, warmUp);
		long[] result = run(extractor, names, texts, threads, measured);
		double seconds = result[1] / 1e9;
		System.out.printf("threads:    %d (%d processors)%n", threads, Runtime.getRuntime().availableProcessors());
		System.out.printf("measured:   %d articles in %.1f s after %d s of warm-up%n", result[0], seconds, warmUp);
		System.out.printf("throughput: %.0f articles/s (%.2f ms per article per thread)%n", result[0] / seconds,
				seconds * 1000 * threads / result[0]);
		System.out.printf("CPU time:   %.2f ms per article (the threads' own CPU time: what a busy machine changes least)%n",
				result[3] / 1e6 / result[0]);
		System.out.printf("encounters: %d found in the measured run%n", result[2]);
	}

	/** Extracts articles round-robin on the threads for the given time: {articles, nanoseconds, encounters, CPU nanoseconds}. */
	private static long[] run(ArticleExtractor extractor, List<String> names, List<String> texts, int threads,
			int seconds) throws Exception {
		AtomicLong next = new AtomicLong();
		AtomicLong encounters = new AtomicLong();
		AtomicLong cpu = new AtomicLong();
		ThreadMXBean mx = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long deadline = start + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(pool.submit(() -> {
				long cpuStart = mx.getCurrentThreadCpuTime();
				while (System.nanoTime() < deadline) {
					int i = (int) (next.getAndIncrement() % texts.size());
					encounters.addAndGet(extractor.extract(names.get(i), texts.get(i)).encounters().size());
				}
				cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		return new long[] { next.get(), System.nanoTime() - start, encounters.get(), cpu.get() };
	}
}
