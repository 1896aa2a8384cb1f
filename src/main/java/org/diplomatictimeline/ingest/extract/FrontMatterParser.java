package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Splits a leading front-matter block ("---", "key: value" lines, "---") from the article body.
 * Known keys: title, source, url, published (YYYY-MM-DD). Anything else is ignored.
 */
final class FrontMatterParser {

	FrontMatter parse(String raw) {
		String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
		int firstEnd = lineEnd(text, 0);
		if (!text.substring(0, firstEnd).strip().equals("---")) {
			return new FrontMatter(ArticleMetadata.NONE, text);
		}
		Map<String, String> values = new HashMap<>();
		int pos = next(text, firstEnd);
		while (pos < text.length()) {
			int end = lineEnd(text, pos);
			String line = text.substring(pos, end).strip();
			if (line.equals("---")) {
				String body = text.substring(next(text, end));
				return new FrontMatter(metadata(values), body);
			}
			int colon = line.indexOf(':');
			if (colon > 0) {
				values.put(line.substring(0, colon).strip().toLowerCase(), unquote(line.substring(colon + 1).strip()));
			}
			else if (!line.isEmpty()) {
				break;
			}
			pos = next(text, end);
		}
		return new FrontMatter(ArticleMetadata.NONE, text);
	}

	private static ArticleMetadata metadata(Map<String, String> values) {
		LocalDate published = null;
		String p = values.get("published");
		if (p != null && p.length() >= 10) {
			try {
				published = LocalDate.parse(p.substring(0, 10));
			}
			catch (DateTimeParseException e) {
				published = null;
			}
		}
		return new ArticleMetadata(blank(values.get("title")), blank(values.get("source")), blank(values.get("url")),
				published);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static String unquote(String s) {
		if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
			return s.substring(1, s.length() - 1);
		}
		return s;
	}

	private static int lineEnd(String text, int from) {
		int nl = text.indexOf('\n', from);
		return nl < 0 ? text.length() : nl;
	}

	private static int next(String text, int lineEnd) {
		return Math.min(text.length(), lineEnd + 1);
	}
}
