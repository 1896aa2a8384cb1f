package org.diplomatictimeline.curation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.diplomatictimeline.article.Article;

/** An article's correctable facts as text: title, outlet, address (http or https) and publication date. */
final class ArticleFields {

	static final List<String> NAMES = List.of("title", "outlet", "url", "published");

	private ArticleFields() {
	}

	static String read(Article a, String field) {
		return switch (field) {
			case "title" -> text(a.getTitle());
			case "outlet" -> text(a.getSource());
			case "url" -> text(a.getUrl());
			case "published" -> a.getPublished() == null ? "" : a.getPublished().toString();
			default -> throw new IllegalArgumentException("not a field: " + field);
		};
	}

	/** @throws IllegalArgumentException naming the field whose value is unusable */
	static String normalise(String field, String value) {
		String v = value == null ? "" : value.strip();
		switch (field) {
			case "title", "outlet" -> {
				if (v.length() > 500) {
					throw new IllegalArgumentException(field);
				}
			}
			case "url" -> {
				if (!v.isEmpty()) {
					try {
						URI uri = URI.create(v);
						if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
							throw new IllegalArgumentException(field);
						}
					}
					catch (IllegalArgumentException e) {
						throw new IllegalArgumentException(field, e);
					}
				}
			}
			case "published" -> {
				if (!v.isEmpty()) {
					try {
						LocalDate.parse(v);
					}
					catch (RuntimeException e) {
						throw new IllegalArgumentException(field, e);
					}
				}
			}
			default -> throw new IllegalArgumentException("not a field: " + field);
		}
		return v;
	}

	static void write(Article a, String field, String value) {
		String v = value == null || value.isBlank() ? null : value;
		String title = a.getTitle();
		String source = a.getSource();
		String url = a.getUrl();
		LocalDate published = a.getPublished();
		switch (field) {
			case "title" -> title = v;
			case "outlet" -> source = v;
			case "url" -> url = v;
			case "published" -> published = v == null ? null : LocalDate.parse(v);
			default -> throw new IllegalArgumentException("not a field: " + field);
		}
		a.describe(title, source, url, published, a.getReferenceDate());
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}
}
