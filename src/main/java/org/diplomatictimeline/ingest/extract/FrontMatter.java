package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The optional block of article facts at the top of a file, and the text after it:
 *
 * <pre>
 * ---
 * title: Kishida and Yoon talk briefly in Madrid
 * source: Example News
 * url: https://example.org/news/1
 * published: 2022-06-29
 * ---
 * Japanese Prime Minister ...
 * </pre>
 *
 * One {@code key: value} per line; blank lines and lines starting with {@code #} are skipped; unknown
 * keys are ignored; values may be quoted. {@code published} is an ISO date, optionally followed by a
 * time ({@code 2022-06-29T10:00:00+09:00}). A file whose first line is not {@code ---} has no front
 * matter: all of it is the body. Plain Java; a malformed block is reported with its line number.
 * Ingest validates with {@link #parse}; the extractor reads leniently through {@link FrontMatterParser}.
 *
 * @param body the text right after the closing {@code ---} line, or the whole text
 * @param bodyLine 1-based line of the file on which the body starts
 */
public record FrontMatter(ArticleMetadata metadata, String body, int bodyLine) {

	private static final String FENCE = "---";

	/** Splits a file's text into its front matter and body. */
	public static FrontMatter parse(String text) {
		String[] lines = text.split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
			return new FrontMatter(ArticleMetadata.NONE, text, 1);
		}
		String title = null;
		String source = null;
		String url = null;
		LocalDate published = null;
		int close = -1;
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.equals(FENCE)) {
				close = i;
				break;
			}
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new Malformed(i + 1, "expected 'key: value' or the closing '---' but found '" + abbreviate(line) + "'");
			}
			String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = unquote(line.substring(colon + 1).strip());
			switch (key) {
				case "title" -> title = blankToNull(value);
				case "source" -> source = blankToNull(value);
				case "url" -> url = blankToNull(value);
				case "published", "date" -> published = date(value, i + 1);
				default -> {
					// other keys (author, section, ...) are allowed and not used
				}
			}
		}
		if (close < 0) {
			throw new Malformed(1, "the front matter opened with '---' is never closed by a '---' line");
		}
		int start = close + 1;
		String body = String.join("\n", Arrays.asList(lines).subList(start, lines.length));
		return new FrontMatter(new ArticleMetadata(title, source, url, published), body, start + 1);
	}

	/** The block for these facts, ending with a newline; empty when there are none. Line breaks in values become spaces. */
	public static String render(ArticleMetadata metadata) {
		if (metadata == null || metadata.equals(ArticleMetadata.NONE)) {
			return "";
		}
		StringBuilder block = new StringBuilder(FENCE).append('\n');
		append(block, "title", metadata.title());
		append(block, "source", metadata.source());
		append(block, "url", metadata.url());
		if (metadata.published() != null) {
			block.append("published: ").append(metadata.published()).append('\n');
		}
		return block.append(FENCE).append('\n').toString();
	}

	private static void append(StringBuilder block, String key, String value) {
		if (value != null && !value.isBlank()) {
			block.append(key).append(": ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append('\n');
		}
	}

	private static LocalDate date(String value, int line) {
		if (value.isEmpty()) {
			return null;
		}
		String day = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
		try {
			return LocalDate.parse(day);
		}
		catch (DateTimeParseException e) {
			throw new Malformed(line, "the published date '" + abbreviate(value) + "' is not a date (expected YYYY-MM-DD)");
		}
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
				|| value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	private static String abbreviate(String s) {
		return s.length() <= 60 ? s : s.substring(0, 57) + "...";
	}

	/** A front-matter block that cannot be read; {@link #line()} is 1-based. */
	public static final class Malformed extends IllegalArgumentException {

		private final int line;

		public Malformed(int line, String problem) {
			super("front matter, line " + line + ": " + problem);
			this.line = line;
		}

		public int line() {
			return line;
		}
	}
}
