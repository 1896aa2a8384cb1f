import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP load client for machines without wrk: N connections, each sending the next
 * request when the last answer arrived, for a fixed time after an unmeasured warm-up. Prints one
 * Markdown table row: requests, requests/s, p50, p99, bytes per answer, errors (any status but 200/304
 * or an I/O error).
 *
 *   java bench/HttpBenchmark.java URL [seconds=10] [connections=16] [header: value]...
 */
public class HttpBenchmark {

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args[0]);
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int connections = args.length > 2 ? Integer.parseInt(args[2]) : 16;
		List<String> headers = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			int colon = args[i].indexOf(':');
			headers.add(args[i].substring(0, colon).trim());
			headers.add(args[i].substring(colon + 1).trim());
		}
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
		if (!headers.isEmpty()) {
			builder.headers(headers.toArray(String[]::new));
		}
		HttpRequest request = builder.build();

		run(http, request, connections, Math.max(2, seconds / 3), null, null, null);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		AtomicLong bytes = new AtomicLong();
		long start = System.nanoTime();
		run(http, request, connections, seconds, latencies, errors, bytes);
		double elapsed = (System.nanoTime() - start) / 1e9;

		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		int n = sorted.size();
		System.out.printf("| `%s` | %d | %.1f | %.1f ms | %.1f ms | %d B | %d |%n", uri.getRawPath()
				+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + (headers.isEmpty() ? "" : " " + headers),
				n, n / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99), n == 0 ? 0 : bytes.get() / n,
				errors.get());
	}

	private static void run(HttpClient http, HttpRequest request, int connections, int seconds, List<Long> latencies,
			AtomicLong errors, AtomicLong bytes) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			Thread t = new Thread(() -> {
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					try {
						HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						if (latencies != null) {
							latencies.add(System.nanoTime() - t0);
							bytes.addAndGet(answer.body().length);
							if (answer.statusCode() != 200 && answer.statusCode() != 304) {
								errors.incrementAndGet();
							}
						}
					}
					catch (Exception e) {
						if (errors != null) {
							errors.incrementAndGet();
						}
					}
				}
			});
			t.start();
			threads.add(t);
		}
		for (Thread t : threads) {
			t.join();
		}
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}
}
