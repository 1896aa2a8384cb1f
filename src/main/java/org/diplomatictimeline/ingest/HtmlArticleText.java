package org.diplomatictimeline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.diplomatictimeline.ingest.extract.ArticleMetadata;
import org.diplomatictimeline.ingest.extract.FrontMatter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page supplied instead of plain text: its readable text becomes the article, one
 * paragraph per block, and its title, canonical address and publication date become front matter.
 * Scripts, styles, navigation and forms are dropped.
 */
class HtmlArticleText {

	private static final Pattern HTML_START = Pattern.compile(
			"\\A\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

	/** True when the text is an HTML document rather than an article. */
	boolean isHtml(String text) {
		return HTML_START.matcher(text).lookingAt();
	}

	/** The page's readable text with front matter from its head; empty body when it has none. */
	String toArticle(String html) {
		Document page = Jsoup.parse(html);
		ArticleMetadata metadata = new ArticleMetadata(blankToNull(title(page)), null,
				blankToNull(page.select("link[rel=canonical]").attr("href")), published(page));
		page.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg").remove();
		List<String> paragraphs = new ArrayList<>();
		Element body = page.body();
		for (Element block : body.select(BLOCKS)) {
			if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
				continue;
			}
			String text = block.text().strip();
			if (!text.isEmpty()) {
				paragraphs.add(text);
			}
		}
		if (paragraphs.isEmpty()) {
			String text = body.text().strip();
			if (!text.isEmpty()) {
				paragraphs.add(text);
			}
		}
		return FrontMatter.render(metadata) + String.join("\n\n", paragraphs) + (paragraphs.isEmpty() ? "" : "\n");
	}

	private static String title(Document page) {
		String og = page.select("meta[property=og:title]").attr("content");
		return og.isBlank() ? page.title() : og;
	}

	private static LocalDate published(Document page) {
		String value = page.select("meta[property=article:published_time]").attr("content");
		if (value.isBlank()) {
			value = page.select("time[datetime]").attr("datetime");
		}
		if (value.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(value.substring(0, 10));
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
