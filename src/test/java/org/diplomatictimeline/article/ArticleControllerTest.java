package org.diplomatictimeline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.diplomatictimeline.article.ArticleDetail.ArticleEncounter;
import org.diplomatictimeline.article.HighlightedText.Highlight;
import org.diplomatictimeline.system.DisputeChip;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.NotFoundException;
import org.diplomatictimeline.system.ViewFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ArticleController.class)
class ArticleControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ArticlePageService articles;

	@Test
	void showsTextWithEvidenceMarkedAndEscaped() throws Exception {
		String body = "They met in Madrid.\n\nA reader wrote <script>alert('x')</script> below.";
		var paragraphs = HighlightedText.of(body, List.of(new Highlight(0, 19, "ev-3-0", "evidence")));
		given(articles.detail(5)).willReturn(new ArticleDetail(5L, "Leaders <b>meet</b>", "Wire",
				"javascript:alert(1)", DateView.of(LocalDate.of(2022, 6, 29)), null, "a.txt",
				Instant.parse("2026-01-01T00:00:00Z"), paragraphs,
				List.of(new ArticleEncounter(ViewFixtures.madrid(), "main", List.of("ev-3-0"), 1)), List.of(),
				List.of(new DisputeChip("wartime-labor", "Wartime labor"))));

		String html = mvc.perform(get("/articles/5")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(html);

		assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
		assertThat(html).doesNotContain("<b>meet</b>");
		assertThat(doc.select(".article-body p")).hasSize(2);
		assertThat(doc.select("mark#ev-3-0").text()).isEqualTo("They met in Madrid.");
		assertThat(doc.select(".article-yield a[href=#ev-3-0]")).hasSize(1);
		assertThat(doc.select("a[href^=javascript]")).isEmpty();
	}

	@Test
	void highlightsAreNumberedAndColouredByEncounterWithAKeyAndLinksBothWays() throws Exception {
		String body = "They met in Madrid. They had met in Tokyo. Both said so.";
		var paragraphs = HighlightedText.of(body, List.of(new Highlight(0, 19, "ev-3-0", "evidence", 1),
				new Highlight(20, 42, "ev-4-0", "evidence", 2), new Highlight(20, 42, "ev-3-1", "evidence", 1)));
		given(articles.detail(5)).willReturn(new ArticleDetail(5L, "Leaders meet", null, null, null, null, "a.txt",
				Instant.parse("2026-01-01T00:00:00Z"), paragraphs,
				List.of(new ArticleEncounter(ViewFixtures.madrid(), "main", List.of("ev-3-0", "ev-3-1"), 1),
						new ArticleEncounter(ViewFixtures.chengdu(), "mentioned", List.of("ev-4-0"), 2)),
				List.of(), List.of()));

		Document doc = Jsoup.parse(mvc.perform(get("/articles/5")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());

		assertThat(doc.select(".legend-encounters a").eachAttr("href")).containsExactly("#told-1", "#told-2");
		assertThat(doc.select(".legend-encounters li").first().text()).isEqualTo("1 Brief encounter in Madrid");
		assertThat(doc.select("mark#ev-3-0").hasClass("mark-g1")).isTrue();
		assertThat(doc.select("mark#ev-4-0").hasClass("mark-g1")).as("shared text takes the first number's colour")
			.isTrue();
		assertThat(doc.select(".article-body a.mark-ref").eachText()).containsExactly("1", "1", "2");
		assertThat(doc.select(".article-body a.mark-ref").eachAttr("href")).containsExactly("#told-1", "#told-1",
				"#told-2");
		assertThat(doc.select(".article-yield li#told-2 a[href=#ev-4-0]")).hasSize(1);
		assertThat(doc.select(".article-yield li#told-1 .mark-num.mark-g1").text()).isEqualTo("1");
		assertThat(doc.select(".article-yield li#told-2 .mark-num.mark-g2").text()).isEqualTo("2");
	}

	@Test
	void listShowsWhatEachArticleYieldedAndPages() throws Exception {
		var row = new ArticleRow(5L, "Leaders meet", "Wire", DateView.of(LocalDate.of(2022, 6, 29)), "a.txt", 2, 3,
				List.of(new DisputeChip("wartime-labor", "Wartime labor")));
		given(articles.list(any())).willReturn(new PageImpl<>(List.of(row), PageRequest.of(1, 20), 45));

		String html = mvc.perform(get("/articles?page=2")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(html);

		assertThat(doc.select("tbody tr td.num").eachText()).containsExactly("2", "3");
		assertThat(doc.select("tbody a[href=/articles/5]").text()).isEqualTo("Leaders meet");
		assertThat(doc.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/articles?page=1");
		assertThat(doc.select(".pagination a[rel=next]").attr("href")).isEqualTo("/articles?page=3");
		assertThat(doc.select(".pagination span").text()).isEqualTo("Page 2 of 3");
	}

	@Test
	void missingArticleGives404() throws Exception {
		given(articles.detail(8)).willThrow(new NotFoundException("article", 8));

		mvc.perform(get("/articles/8")).andExpect(status().isNotFound());
	}
}
