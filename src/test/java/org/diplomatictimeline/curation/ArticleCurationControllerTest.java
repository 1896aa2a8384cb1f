package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The corrections made from an article: adding an encounter the extractor missed, with evidence
 * sentences picked from the article, and correcting the article's title, outlet, address and date.
 * An editor does them; a reader is sent to sign in and nothing is read or written.
 */
@WebMvcTest(ArticleCurationController.class)
class ArticleCurationControllerTest {

	static final String BODY = "Kishida met Yoon in Madrid on Tuesday. They talked for 30 minutes.\n\nNo date was set.";

	static final RequestPostProcessor EDITOR = user("alice").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CurationService curation;

	@MockitoBean
	ArticleRepository articles;

	@MockitoBean
	CurationPanels panels;

	@Test
	void anEditorPicksEvidenceSentencesOnTheAddForm() throws Exception {
		given(articles.findById(4L)).willReturn(Optional.of(new Article("madrid.txt", BODY, "h", Instant.EPOCH)));
		given(panels.people()).willReturn(List.of(new CurationPanel.Option("fumio-kishida", "Fumio Kishida (JP)")));
		String html = mvc.perform(get("/admin/articles/4/encounters/new").with(EDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// every sentence of the article is a choice, named by its offsets in the text
		assertThat(html).contains("value=\"0-38\"", "Kishida met Yoon in Madrid on Tuesday.",
				"value=\"39-66\"", "value=\"68-84\"", "Fumio Kishida (JP)", "action=\"/admin/articles/4/encounters\"");
	}

	@Test
	void anEditorAddsAnEncounterWithItsEvidence() throws Exception {
		given(curation.add(eq(4L), any(), any(), eq("missed"), eq("alice"))).willReturn(31L);
		mvc.perform(post("/admin/articles/4/encounters").param("participants", "fumio-kishida", "yoon-suk-yeol")
			.param("date", "2022-06-28")
			.param("city", "Madrid")
			.param("role", "main")
			.param("evidence", "0-38", "39-66")
			.param("note", "missed")
			.with(csrf())
			.with(EDITOR))
			.andExpect(redirectedUrl("/encounters/31"))
			.andExpect(flash().attribute("curationDone", "curation.done.add"));
		verify(curation).add(eq(4L),
				argThat((Map<String, String> m) -> "fumio-kishida+yoon-suk-yeol".equals(m.get("participants"))
						&& "Madrid".equals(m.get("city")) && "main".equals(m.get("role"))),
				eq(List.of(new EvidenceSpan(0, 38), new EvidenceSpan(39, 66))), eq("missed"), eq("alice"));
	}

	@Test
	void unreadableEvidenceOrAMissingFieldIsShownNotSaved() throws Exception {
		mvc.perform(post("/admin/articles/4/encounters").param("participants", "fumio-kishida")
			.param("evidence", "twelve")
			.with(csrf())
			.with(EDITOR))
			.andExpect(redirectedUrl("/admin/articles/4/encounters/new"))
			.andExpect(flash().attribute("curationError", "curation.invalid.evidence"));
		given(curation.add(eq(4L), any(), any(), any(), any())).willThrow(new IllegalArgumentException("participants"));
		mvc.perform(post("/admin/articles/4/encounters").param("evidence", "0-38").with(csrf()).with(EDITOR))
			.andExpect(redirectedUrl("/admin/articles/4/encounters/new"))
			.andExpect(flash().attribute("curationError", "curation.invalid.participants"));
	}

	@Test
	void anEditorCorrectsAnArticle() throws Exception {
		Article article = new Article("madrid.txt", BODY, "h", Instant.EPOCH);
		given(articles.findById(4L)).willReturn(Optional.of(article));
		String form = mvc.perform(get("/admin/articles/4/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("id=\"af-title\"", "id=\"af-outlet\"", "id=\"af-url\"", "id=\"af-published\"",
				"action=\"/admin/articles/4\"");

		mvc.perform(post("/admin/articles/4").param("title", "Kishida, Yoon meet in Madrid")
			.param("outlet", "Kyodo")
			.param("published", "2022-06-29")
			.with(csrf())
			.with(EDITOR))
			.andExpect(redirectedUrl("/articles/4"))
			.andExpect(flash().attribute("curationDone", "curation.done.article"));
		verify(curation).editArticle(eq(4L),
				argThat((Map<String, String> m) -> "Kyodo".equals(m.get("outlet")) && "2022-06-29".equals(m.get("published"))),
				eq(null), eq("alice"));
	}

	@Test
	void aBadArticleValueIsShownNotSaved() throws Exception {
		given(curation.editArticle(eq(4L), any(), any(), any())).willThrow(new IllegalArgumentException("url"));
		mvc.perform(post("/admin/articles/4").param("url", "not an address").with(csrf()).with(EDITOR))
			.andExpect(redirectedUrl("/admin/articles/4/edit"))
			.andExpect(flash().attribute("curationError", "curation.invalid.url"));
	}

	@Test
	void aReaderCannotAddAnEncounterNorCorrectAnArticle() throws Exception {
		mvc.perform(get("/admin/articles/4/encounters/new")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/articles/4/edit")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/articles/4/encounters").param("participants", "fumio-kishida")
			.param("evidence", "0-38")
			.with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/articles/4").param("title", "x").with(csrf())).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(curation, articles, panels);
	}

	@Test
	void aWriteWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/admin/articles/4").param("title", "x").with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/articles/4/encounters").param("evidence", "0-38").with(EDITOR))
			.andExpect(status().isForbidden());
		verifyNoInteractions(curation);
	}
}
