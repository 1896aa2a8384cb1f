package org.diplomatictimeline.curation;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Readers report without signing in but with a CSRF token and within a rate; only editors see reports and the queue. */
@WebMvcTest({ ReportController.class, ReviewController.class })
class ReportControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReportService reports;

	@MockitoBean
	ReviewService review;

	@Test
	void aReaderReportsAProblemWithoutSigningIn() throws Exception {
		given(reports.report(7L, "Wrong city", null, "127.0.0.1")).willReturn(ReportService.Outcome.STORED);
		mvc.perform(post("/encounters/7/report").param("text", "Wrong city").with(csrf()))
			.andExpect(redirectedUrl("/encounters/7"))
			.andExpect(flash().attribute("curationDone", "report.thanks"));
		verify(reports).report(7L, "Wrong city", null, "127.0.0.1");
	}

	@Test
	void tooManyReportsGive429() throws Exception {
		given(reports.report(anyLong(), anyString(), org.mockito.ArgumentMatchers.any(), anyString()))
			.willReturn(ReportService.Outcome.TOO_MANY);
		mvc.perform(post("/encounters/7/report").param("text", "again").with(csrf()))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "600"));
	}

	@Test
	void aReportWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/encounters/7/report").param("text", "Wrong city")).andExpect(status().isForbidden());
		verifyNoInteractions(reports);
	}

	@Test
	void onlyEditorsSeeTheQueueAndCloseReports() throws Exception {
		mvc.perform(get("/admin/review")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/reports/3/close").with(csrf())).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(reports, review);

		given(reports.open()).willReturn(List.of());
		given(review.likelyWrong()).willReturn(List.of(new ReviewItem(9, null, "talks", null, "Shinzo Abe, Park Geun-hye",
				List.of("no-place", "passing-mention"))));
		String html = mvc.perform(get("/admin/review").with(user("alice").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(html).contains("No place", "One passing mention only",
				"/encounters/9/confirm");
		mvc.perform(post("/admin/reports/3/close").with(csrf()).with(user("alice").roles("EDITOR")))
			.andExpect(redirectedUrl("/admin/review"));
		verify(reports).close(3L, "alice");
	}
}
