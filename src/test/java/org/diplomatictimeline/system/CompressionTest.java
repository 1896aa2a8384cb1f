package org.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.diplomatictimeline.ingest.FixtureArticles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over a real connection to the embedded server (MockMvc never compresses): HTML, JSON, CSV, CSS and
 * JavaScript above 1 KiB travel gzipped to a client that accepts it, and revalidation still gives 304 through
 * compression. The same configuration as the browser tests, so their application context is shared.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "timeline.ingest.folder=data/articles")
@ActiveProfiles("test")
@Import(FixtureArticles.class)
class CompressionTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String gunzip(byte[] body) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void textAnswersAreGzippedForClientsThatAcceptIt() throws Exception {
		String page = gunzip(get("/", "Accept-Encoding", "gzip").body());
		var doc = Jsoup.parse(page);
		String css = doc.select("link[rel=stylesheet]").attr("href");
		String js = doc.select("script[src*=/assets/js/overview]").attr("src");

		for (String path : new String[] { "/", "/api/timeline", "/export.csv", css, js }) {
			HttpResponse<byte[]> zipped = get(path, "Accept-Encoding", "gzip, deflate, br");
			assertThat(zipped.statusCode()).as(path).isEqualTo(200);
			assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(zipped.headers().allValues("Vary").toString()).as(path).containsIgnoringCase("Accept-Encoding");

			HttpResponse<byte[]> plain = get(path);
			assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(gunzip(zipped.body())).as(path).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
			assertThat(zipped.body().length).as(path).isLessThan(plain.body().length / 2);
		}
	}

	@Test
	void revalidationWorksThroughCompression() throws Exception {
		HttpResponse<byte[]> first = get("/api/timeline", "Accept-Encoding", "gzip");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> again = get("/api/timeline", "Accept-Encoding", "gzip", "If-None-Match", etag);

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}
}
