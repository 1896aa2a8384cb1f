package org.diplomatictimeline.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real-article corpus (src/test/resources/real): gold facts per article are committed, the
 * articles' texts are retrieved again into the git-ignored {@code text/} folder (see the folder's
 * README). Each article is either dev or blind by a fixed rule on its URL, never by choice.
 */
final class RealCorpus {

	/** One annotated article; {@code text} is null when its text has not been retrieved. */
	record Article(String id, String url, String outlet, String published, String title, boolean blind,
			boolean nearMiss, Path gold, String text, boolean textMatches) {

		String file() {
			return id + ".txt";
		}

		/** The text as a feed would deliver it: front matter with headline, outlet, URL and date. */
		String withMetadata() {
			StringBuilder sb = new StringBuilder("---\n");
			if (title != null) {
				sb.append("title: ").append(title.replace('\n', ' ')).append('\n');
			}
			if (outlet != null) {
				sb.append("source: ").append(outlet).append('\n');
			}
			sb.append("url: ").append(url).append('\n');
			if (published != null) {
				sb.append("published: ").append(published).append('\n');
			}
			return sb.append("---\n").append(text).toString();
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Article> articles;

	private RealCorpus(List<Article> articles) {
		this.articles = articles;
	}

	static RealCorpus load(Path dir) {
		Path goldDir = dir.resolve("gold");
		if (!Files.isDirectory(goldDir)) {
			return new RealCorpus(List.of());
		}
		List<Article> articles = new ArrayList<>();
		try (Stream<Path> files = Files.list(goldDir)) {
			for (Path gold : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
				JsonNode root = JSON.readTree(Files.readString(gold));
				String id = root.path("id").asString();
				String url = root.path("url").asString();
				Path textFile = dir.resolve("text").resolve(id + ".txt");
				String text = Files.isRegularFile(textFile) ? Files.readString(textFile, StandardCharsets.UTF_8) : null;
				boolean matches = text != null && sha256(text).equalsIgnoreCase(root.path("text_sha256").asString(""));
				articles.add(new Article(id, url, optional(root, "outlet"), optional(root, "published"),
						optional(root, "title"), isBlind(url), root.path("near_miss").asBoolean(false), gold, text,
						matches));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new RealCorpus(articles);
	}

	List<Article> all() {
		return articles;
	}

	List<Article> present(boolean blind) {
		return articles.stream().filter(a -> a.text() != null && a.blind() == blind).toList();
	}

	List<Article> missing() {
		return articles.stream().filter(a -> a.text() == null).toList();
	}

	/** Gold of the articles of one split, merged. */
	Gold gold(boolean blind) {
		return Gold.merge(articles.stream().filter(a -> a.blind() == blind).map(a -> Gold.read(a.gold())).toList());
	}

	/** A summary line: how many articles, how many texts present, how many differ from the annotated text. */
	String status() {
		long present = articles.stream().filter(a -> a.text() != null).count();
		long changed = articles.stream().filter(a -> a.text() != null && !a.textMatches()).count();
		String missingIds = missing().stream().limit(5).map(Article::id).collect(Collectors.joining(", "));
		return String.format(Locale.ROOT, "%d real articles annotated (%d dev, %d blind); %d texts present%s%s",
				articles.size(), articles.stream().filter(a -> !a.blind()).count(),
				articles.stream().filter(Article::blind).count(), present,
				changed == 0 ? "" : ", " + changed + " of them differ from the annotated text",
				missing().isEmpty() ? "" : "; skipped " + missing().size() + " without text (" + missingIds
						+ (missing().size() > 5 ? ", ..." : "") + "): retrieve them as src/test/resources/real/README.md says");
	}

	/**
	 * The fixed split: blind when the first eight hex digits of the SHA-256 of the normalized URL, read
	 * as a number, are divisible by 3.
	 */
	static boolean isBlind(String url) {
		return Long.parseLong(sha256(normalizeUrl(url)).substring(0, 8), 16) % 3 == 0;
	}

	/**
	 * Lower case; no scheme; no leading "www.", "m." or "m-"; nothing from "#"; no utm_ parameters; no
	 * trailing "/".
	 */
	static String normalizeUrl(String url) {
		String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
		int hash = u.indexOf('#');
		if (hash >= 0) {
			u = u.substring(0, hash);
		}
		int slash = u.indexOf('/');
		String host = slash < 0 ? u : u.substring(0, slash);
		String rest = slash < 0 ? "" : u.substring(slash + 1);
		host = host.replaceFirst("^(www\\.|m\\.|m-)", "");
		int q = rest.indexOf('?');
		String path = q < 0 ? rest : rest.substring(0, q);
		String query = q < 0 ? "" : rest.substring(q + 1);
		String params = Stream.of(query.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("utm_"))
			.collect(Collectors.joining("&"));
		String normalized = host + "/" + path + (params.isEmpty() ? "" : "?" + params);
		while (normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized;
	}

	static String sha256(String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String optional(JsonNode n, String field) {
		JsonNode v = n.get(field);
		return v == null || v.isNull() || v.asString().isBlank() ? null : v.asString();
	}
}
