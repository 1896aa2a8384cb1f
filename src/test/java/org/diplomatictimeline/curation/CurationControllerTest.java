package org.diplomatictimeline.curation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Every correction from the encounter page: an editor's goes through, a reader's is sent to sign in. */
@WebMvcTest(CurationController.class)
class CurationControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CurationService curation;

	@Test
	void editorCorrectsFields() throws Exception {
		given(curation.correct(eq(7L), any(), eq("per the ministry"), eq("alice"))).willReturn(2);
		mvc.perform(post("/encounters/7/correct").param("city", "Seoul")
			.param("participants", "shinzo-abe", "park-geun-hye")
			.param("note", "per the ministry")
			.with(csrf())
			.with(user("alice").roles("EDITOR")))
			.andExpect(redirectedUrl("/encounters/7"))
			.andExpect(flash().attribute("curationDone", "curation.done.correct"));
		verify(curation).correct(eq(7L),
				argThat((Map<String, String> m) -> "Seoul".equals(m.get("city"))
						&& "shinzo-abe+park-geun-hye".equals(m.get("participants"))),
				eq("per the ministry"), eq("alice"));
	}

	@Test
	void aBadValueIsShownNotSaved() throws Exception {
		given(curation.correct(eq(7L), any(), any(), any())).willThrow(new IllegalArgumentException("date"));
		mvc.perform(post("/encounters/7/correct").param("date", "2015-13").with(csrf()).with(user("alice").roles("EDITOR")))
			.andExpect(redirectedUrl("/encounters/7"))
			.andExpect(flash().attribute("curationError", "curation.invalid.date"));
	}

	@Test
	void editorConfirmsRejectsMergesSplitsAndFixesStatements() throws Exception {
		var editor = user("alice").roles("EDITOR");
		mvc.perform(post("/encounters/7/confirm").with(csrf()).with(editor)).andExpect(redirectedUrl("/encounters/7"));
		// the review queue's one-click confirm comes back to the queue
		mvc.perform(post("/encounters/8/confirm").param("back", "review").with(csrf()).with(editor))
			.andExpect(redirectedUrl("/admin/review"))
			.andExpect(flash().attribute("curationDone", "curation.done.confirm"));
		verify(curation).confirm(7L, "alice");
		verify(curation).confirm(8L, "alice");
		mvc.perform(post("/encounters/7/reject").param("note", "false").with(csrf()).with(editor))
			.andExpect(redirectedUrl("/admin/review"));
		verify(curation).reject(7L, "false", "alice");
		given(curation.merge(7L, 9L, null, "alice")).willReturn(7L);
		mvc.perform(post("/encounters/7/merge").param("other", "http://localhost/encounters/9").with(csrf()).with(editor))
			.andExpect(redirectedUrl("/encounters/7"));
		given(curation.split(7L, 21L, null, "alice")).willReturn(8L);
		mvc.perform(post("/encounters/7/split").param("source", "21").with(csrf()).with(editor))
			.andExpect(redirectedUrl("/encounters/8"));
		given(curation.fixSpeaker(11L, "moon-jae-in", null, "alice")).willReturn(7L);
		mvc.perform(post("/statements/11/speaker").param("speaker", "moon-jae-in").with(csrf()).with(editor))
			.andExpect(redirectedUrl("/encounters/7"));
		given(curation.detach(11L, null, "alice")).willReturn(7L);
		mvc.perform(post("/statements/11/detach").with(csrf()).with(editor)).andExpect(redirectedUrl("/encounters/7"));
		given(curation.restore(3L, "alice")).willReturn(Optional.of(12L));
		mvc.perform(post("/admin/corrections/3/restore").with(csrf()).with(editor)).andExpect(redirectedUrl("/encounters/12"));
	}

	@Test
	void aReaderCannotCorrectAnything() throws Exception {
		for (String path : new String[] { "/encounters/7/correct", "/encounters/7/confirm", "/encounters/7/reject",
				"/encounters/7/merge", "/encounters/7/split", "/statements/11/speaker", "/statements/11/detach",
				"/admin/corrections/3/restore" }) {
			mvc.perform(post(path).param("other", "9").param("source", "1").param("speaker", "x").with(csrf()))
				.andExpect(redirectedUrl("/login"));
		}
		verifyNoInteractions(curation);
	}

	@Test
	void aWriteWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/encounters/7/confirm").with(user("alice").roles("EDITOR"))).andExpect(status().isForbidden());
		verifyNoInteractions(curation);
	}

}
