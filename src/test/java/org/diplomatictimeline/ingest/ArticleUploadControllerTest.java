package org.diplomatictimeline.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@WebMvcTest(ArticleUploadController.class)
class ArticleUploadControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ArticlePreviewService previews;

	@MockitoBean
	ArticleIngestService ingest;

	@MockitoBean
	ReextractService reextract;

	@MockitoBean
	IngestProperties properties;

	@Test
	void aDatabaseThatRefusesWritesIsReportedPerFileAndStopsTheBatch() throws Exception {
		when(ingest.ingest(eq("a.txt"), any())).thenThrow(new TransientDataAccessResourceException("read-only"));
		MockHttpSession session = new MockHttpSession();
		PendingUpload upload = PendingUpload.keep(session, List.of(new PendingUpload.PendingFile("a.txt", new byte[] { 'a' }),
				new PendingUpload.PendingFile("b.txt", new byte[] { 'b' })));

		MvcResult result = mvc.perform(post("/admin/articles").param("token", upload.token())
			.session(session)
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).andExpect(redirectedUrl("/admin/articles/new")).andReturn();

		@SuppressWarnings("unchecked")
		List<IngestOutcome> outcomes = (List<IngestOutcome>) result.getFlashMap().get("outcomes");
		assertThat(outcomes).singleElement().satisfies(o -> {
			assertThat(o.fileName()).isEqualTo("a.txt");
			assertThat(o.isRejected()).isTrue();
			assertThat(o.reason()).isEqualTo(ArticleUploadController.DATABASE_REFUSED);
		});
		verify(ingest, never()).ingest(eq("b.txt"), any());
	}
}
