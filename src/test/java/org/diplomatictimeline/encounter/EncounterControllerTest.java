package org.diplomatictimeline.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.diplomatictimeline.encounter.SourceView.EvidenceView;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.NotFoundException;
import org.diplomatictimeline.system.ViewFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(EncounterController.class)
class EncounterControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EncounterPageService encounters;

	@Test
	void showsStatementsAndEachSourceWithItsRoleAndEvidenceLinks() throws Exception {
		var statement = new StatementView(11L, "fumio-kishida", "Fumio Kishida", "We must restore healthy relations",
				"quote", null, DateView.of(LocalDate.of(2022, 6, 28)), 5L, "Leaders speak in Madrid", 7L, "ev-st11");
		var main = new SourceView(5L, "Leaders speak in Madrid", "Wire", DateView.of(LocalDate.of(2022, 6, 29)), "main",
				List.of(new EvidenceView("ev-21-0", "They spoke in Madrid.")));
		var mention = new SourceView(6L, "A later piece", null, null, "mentioned",
				List.of(new EvidenceView("ev-22-0", "They had spoken in Madrid.")));
		given(encounters.detail(eq(7L), anyInt())).willReturn(
				new EncounterDetail(ViewFixtures.madrid(), List.of(statement), List.of(main, mention), 3L, null));

		String html = mvc.perform(get("/encounters/7")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(html);

		assertThat(doc.select("h1").text()).isEqualTo("Brief encounter in Madrid");
		assertThat(doc.title())
			.isEqualTo("Brief encounter in Madrid, 28 June 2022: Fumio Kishida, Yoon Suk Yeol · Diplomatic Timeline");
		assertThat(doc.select(".page-head .event-outcome").text()).isEqualTo("Outcome: " + ViewFixtures.MADRID_OUTCOME);
		assertThat(doc.select("time[datetime=2022-06-28]")).isNotEmpty();
		assertThat(doc.select(".statement blockquote").text()).isEqualTo("We must restore healthy relations");
		assertThat(doc.select(".statement a[href=/articles/5#ev-st11]")).hasSize(1);
		assertThat(doc.select(".source.role-main .badge").text()).isEqualTo("Main report");
		assertThat(doc.select(".source.role-mentioned .badge").text()).isEqualTo("Mentioned");
		assertThat(doc.select(".source a[href=/articles/5#ev-21-0]")).hasSize(1);
		assertThat(doc.select(".source a[href=/articles/6#ev-22-0]")).hasSize(1);
		assertThat(doc.select("nav.breadcrumbs a").eachText()).containsExactly("Timeline", "2022", "Encounter");
		assertThat(doc.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/encounters/3");
		assertThat(doc.select("nav.pager a[rel=next]")).isEmpty();
		assertThat(doc.select("nav.pager a[href=/#encounter-7]")).hasSize(1);
	}

	@Test
	void missingEncounterGivesAFriendly404Page() throws Exception {
		given(encounters.detail(eq(99L), anyInt())).willThrow(new NotFoundException("encounter", 99));

		String html = mvc.perform(get("/encounters/99")).andExpect(status().isNotFound()).andReturn().getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(html).select("main").text()).contains("There is no encounter with this number")
			.contains("Back to the timeline");
	}

	@Test
	void nonNumericIdGivesA400Page() throws Exception {
		String html = mvc.perform(get("/encounters/abc")).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(html).select("main h1").text()).isEqualTo("Bad request");
	}
}
