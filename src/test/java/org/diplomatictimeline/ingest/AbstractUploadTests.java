package org.diplomatictimeline.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.diplomatictimeline.article.ArticleRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * An editor adds articles in the browser: preview first (nothing stored), then save and read the
 * summary; a pasted text gets front matter from the form's fields. Run once per database.
 */
abstract class AbstractUploadTests {

	private static final RequestPostProcessor EDITOR = SecurityMockMvcRequestPostProcessors.user("editor")
		.roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Test
	void theSignInAndUploadPagesRenderWithCsrfTokens() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("Sign in")));
		mvc.perform(get("/admin/articles/new").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("Re-extract all articles")));
	}

	@Test
	void uploadPreviewThenSaveStoresTheGoodFilesAndReportsTheRest() throws Exception {
		String seed = Files.readString(Path.of("data/articles/000_75284366a49d014b.txt"));
		String marker = UUID.randomUUID().toString();
		MockMultipartFile good = new MockMultipartFile("files", "madrid.txt", "text/plain",
				(seed + "\n(" + marker + ")\n").getBytes(StandardCharsets.UTF_8));
		MockMultipartFile empty = new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0]);
		MockMultipartFile latin1 = new MockMultipartFile("files", "C:\\Users\\me\\latin1.txt", "text/plain",
				("Caf\u00e9 " + marker).getBytes(StandardCharsets.ISO_8859_1));
		long before = articles.count();
		MockHttpSession session = new MockHttpSession();

		MvcResult preview = mvc
			.perform(multipart("/admin/articles/preview").file(good).file(empty).file(latin1).session(session).with(EDITOR).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleUploadController.PREVIEW_VIEW))
			.andExpect(content().string(containsString("madrid.txt")))
			.andExpect(content().string(containsString("the file is empty")))
			.andExpect(content().string(containsString("latin1.txt")))
			.andExpect(content().string(not(containsString("Users"))))
			.andExpect(content().string(containsString("the file is not valid UTF-8 text")))
			.andExpect(content().string(containsString("Fumio Kishida")))
			.andExpect(content().string(containsString("3 files")))
			.andExpect(content().string(containsString(": 1 new, 0 already stored, 2 rejected")))
			.andExpect(content().string(containsString("would be rejected")))
			.andReturn();
		assertThat(articles.count()).as("a preview stores nothing").isEqualTo(before);
		var summary = (PreviewSummary) preview.getModelAndView().getModel().get("summary");
		assertThat(summary.files()).isEqualTo(3);
		assertThat(summary.accounts()).isPositive();
		String token = (String) preview.getModelAndView().getModel().get("token");

		MvcResult saved = mvc.perform(post("/admin/articles").param("token", token).session(session).with(EDITOR).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/new"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<IngestOutcome> outcomes = (List<IngestOutcome>) saved.getFlashMap().get("outcomes");
		assertThat(outcomes).extracting(IngestOutcome::fileName).containsExactly("madrid.txt", "empty.txt", "latin1.txt");
		assertThat(outcomes).extracting(IngestOutcome::status)
			.containsExactly(IngestOutcome.Status.NEW, IngestOutcome.Status.REJECTED, IngestOutcome.Status.REJECTED);
		assertThat(articles.count()).isEqualTo(before + 1);

		mvc.perform(get("/admin/articles/new").flashAttr("outcomes", outcomes).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 new, 0 already present, 2 rejected")))
			.andExpect(content().string(containsString("the file is empty")));

		mvc.perform(post("/admin/articles").param("token", token).session(session).with(EDITOR).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("problem", "upload.expired"));
		assertThat(articles.count()).as("saving twice stores nothing more").isEqualTo(before + 1);
	}

	@Test
	void aSecondAccountOfAStoredEncounterShowsWhichEncounterItJoins() throws Exception {
		String seed = Files.readString(Path.of("data/articles/002_e81a3705dbc70fcf.txt"));
		mvc.perform(multipart("/admin/articles/preview")
			.file(new MockMultipartFile("files", "first.txt", "text/plain", (seed + "\nFirst " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)))
			.session(new MockHttpSession())
			.with(EDITOR)
			.with(csrf())).andExpect(status().isOk());
		MockHttpSession session = new MockHttpSession();
		MvcResult preview = mvc.perform(multipart("/admin/articles/preview")
			.file(new MockMultipartFile("files", "first.txt", "text/plain", (seed + "\nFirst copy " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)))
			.session(session)
			.with(EDITOR)
			.with(csrf())).andExpect(status().isOk()).andReturn();
		mvc.perform(post("/admin/articles").param("token", (String) preview.getModelAndView().getModel().get("token"))
			.session(session)
			.with(EDITOR)
			.with(csrf())).andExpect(status().isFound());

		mvc.perform(multipart("/admin/articles/preview")
			.file(new MockMultipartFile("files", "second.txt", "text/plain", (seed + "\nSecond " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)))
			.session(new MockHttpSession())
			.with(EDITOR)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/encounters/")));
	}

	@Test
	void aPastedArticleGetsFrontMatterFromTheFields() throws Exception {
		String marker = UUID.randomUUID().toString();
		MockHttpSession session = new MockHttpSession();
		long before = articles.count();
		MvcResult preview = mvc.perform(post("/admin/articles/paste").param("title", "Ministers meet " + marker)
			.param("source", "Example Wire")
			.param("url", "https://example.org/news/" + marker)
			.param("published", "2023-03-17")
			.param("text", "Foreign ministers of Japan and South Korea met in Tokyo on Thursday.\r\n" + marker)
			.session(session)
			.with(EDITOR)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleUploadController.PREVIEW_VIEW))
			.andExpect(content().string(containsString("Ministers meet " + marker)))
			.andExpect(content().string(containsString("2023-03-17")))
			.andReturn();
		mvc.perform(post("/admin/articles").param("token", (String) preview.getModelAndView().getModel().get("token"))
			.session(session)
			.with(EDITOR)
			.with(csrf())).andExpect(status().isFound());
		assertThat(articles.count()).isEqualTo(before + 1);
		var stored = articles.findAllByOrderByFileName()
			.stream()
			.filter(a -> ("Ministers meet " + marker).equals(a.getTitle()))
			.findFirst()
			.orElseThrow();
		assertThat(stored.getFileName()).startsWith("pasted-ministers-meet-").endsWith(".txt");
		assertThat(stored.getSource()).isEqualTo("Example Wire");
		assertThat(stored.getPublished()).hasToString("2023-03-17");
		assertThat(stored.getBody()).startsWith("Foreign ministers").doesNotContain("\r").doesNotContain("---");
	}

	@Test
	void aPasteWithBadFieldsComesBackWithMessagesAndStoresNothing() throws Exception {
		long before = articles.count();
		mvc.perform(post("/admin/articles/paste").param("title", "t")
			.param("url", "javascript:alert(1)")
			.param("text", " ")
			.with(EDITOR)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleUploadController.FORM_VIEW))
			.andExpect(content().string(containsString("The address must start with http:// or https://")))
			.andExpect(content().string(containsString("Paste the text of the article.")));
		mvc.perform(post("/admin/articles/paste").param("published", "yesterday").param("text", "Leaders met.")
			.with(EDITOR)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleUploadController.FORM_VIEW))
			.andExpect(content().string(containsString("The publication date is not a date.")));
		mvc.perform(post("/admin/articles/paste").param("published", "2999-01-01").param("text", "Leaders met.")
			.with(EDITOR)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is in the future")));
		assertThat(articles.count()).isEqualTo(before);
	}

	@Test
	void theReextractButtonRebuildsAndSaysHowMany() throws Exception {
		mvc.perform(post("/admin/reextract").with(EDITOR).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("reextracted", (int) articles.count()));
	}
}
