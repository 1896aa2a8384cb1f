package org.diplomatictimeline.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleTextTest {

	private final HtmlArticleText html = new HtmlArticleText();

	@Test
	void recognisesPagesNotTextMentioningTags() {
		assertThat(html.isHtml("<!DOCTYPE html>\n<html><body><p>x</p></body></html>")).isTrue();
		assertThat(html.isHtml("  <!-- saved -->\n<HTML lang=en>")).isTrue();
		assertThat(html.isHtml("The <p> tag was in the text.")).isFalse();
		assertThat(html.isHtml("Leaders met.\n<html>")).isFalse();
	}

	@Test
	void keepsParagraphsDropsScriptsAndNavigationAndReadsTheHead() {
		String page = """
				<!doctype html><html><head><title>Site | Leaders meet</title>
				<meta property="og:title" content="Leaders meet in Hiroshima">
				<meta property="article:published_time" content="2023-05-21T12:00:00Z">
				<link rel="canonical" href="https://example.org/news/42">
				<script>alert('x')</script><style>p{}</style></head>
				<body><nav><a href="/">Home</a></nav>
				<h1>Leaders meet</h1><p>Prime Minister Fumio Kishida met <b>President Yoon</b>.</p>
				<ul><li><p>Nested paragraph</p></li></ul>
				<footer>Copyright</footer></body></html>
				""";
		String text = html.toArticle(page);
		assertThat(text).startsWith("---\ntitle: Leaders meet in Hiroshima\nurl: https://example.org/news/42\n"
				+ "published: 2023-05-21\n---\n");
		assertThat(text).endsWith("Leaders meet\n\nPrime Minister Fumio Kishida met President Yoon.\n\nNested paragraph\n");
		assertThat(text).doesNotContain("alert", "Home", "Copyright", "<b>");
	}
}
