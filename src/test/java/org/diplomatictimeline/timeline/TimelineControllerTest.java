package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.system.StartupProgress;
import org.diplomatictimeline.system.ViewFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TimelineController.class)
@Import(StartupProgress.class)
class TimelineControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TimelineService timeline;

	@Autowired
	StartupProgress startup;

	private Document render(String url, TimelinePage page) throws Exception {
		given(timeline.parse(any())).willReturn(new TimelineFilterParser.Parsed(page.filter(), page.notices()));
		given(timeline.page(eq(page.filter()), anyList(), anyInt())).willReturn(page);
		String html = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(view().name("timeline"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static TimelinePage page(TimelineFilter filter, List<Notice> notices, EncounterCard... cards) {
		List<YearGroup> years = java.util.Arrays.stream(cards)
			.map(c -> new YearGroup(c.date().year(), List.of(c)))
			.toList();
		return new TimelinePage(years, 10, cards.length, List.of(), List.of(), filter, notices);
	}

	@Test
	void showsEachDateAtItsPrecisionInTimeElements() throws Exception {
		Document doc = render("/", page(TimelineFilter.NONE, List.of(), ViewFixtures.chengdu(), ViewFixtures.olympics(),
				ViewFixtures.madrid()));

		assertThat(doc.select("time[datetime=2019-12]").text()).isEqualTo("December 2019");
		assertThat(doc.select("time[datetime=2022-06-28]").text()).isEqualTo("28 June 2022");
		assertThat(doc.select("time[datetime=2021]").text()).isEqualTo("2021");
	}

	@Test
	void groupsByYearWithHeadingsAndAnchorsAndLinksEachEncounter() throws Exception {
		Document doc = render("/", page(TimelineFilter.NONE, List.of(), ViewFixtures.chengdu(), ViewFixtures.madrid()));

		assertThat(doc.select("h2.year-heading").eachText()).containsExactly("2019", "2022");
		assertThat(doc.select("article#encounter-7 a[href=/encounters/7]")).isNotEmpty();
		assertThat(doc.select("article#encounter-7 .participant").first().text())
			.isEqualTo("Prime Minister Fumio Kishida (Japan)");
		assertThat(doc.select("article#encounter-7 a.chip[href=/disputes/export-controls]").text())
			.isEqualTo("Export controls");
		assertThat(doc.select("article#encounter-7 .event-sources").text()).isEqualTo("2 sources, 1 statement");
		assertThat(doc.select("article#encounter-7 .event-outcome").text())
			.isEqualTo("Outcome: " + ViewFixtures.MADRID_OUTCOME);
		assertThat(doc.select("article#encounter-3 .event-outcome")).as("no line without an outcome").isEmpty();
	}

	@Test
	void saysHowFarTheStartUpIngestHasComeWhileItRuns() throws Exception {
		startup.start(75);
		startup.step(12);
		try {
			Document doc = render("/", page(TimelineFilter.NONE, List.of()));

			assertThat(doc.select(".notice-progress[role=status]").text())
				.startsWith("Ingesting the bundled articles: 12 of 75 articles done");
		}
		finally {
			startup.finish();
		}
		assertThat(render("/", page(TimelineFilter.NONE, List.of())).select(".notice-progress")).isEmpty();
	}

	@Test
	void marksCancelledEncountersVisibly() throws Exception {
		Document doc = render("/", page(TimelineFilter.NONE, List.of(), ViewFixtures.olympics()));

		assertThat(doc.select("article#encounter-4").hasClass("status-cancelled")).isTrue();
		assertThat(doc.select("article#encounter-4 .badge-cancelled").text()).isEqualTo("Cancelled");
	}

	@Test
	void showsNoticesForIgnoredValuesWithStatus200() throws Exception {
		Document doc = render("/?dispute=nonsense", page(TimelineFilter.NONE,
				List.of(new Notice("filter.unknown.dispute", "nonsense")), ViewFixtures.madrid()));

		assertThat(doc.select(".notice li").text()).contains("There is no dispute topic “nonsense”");
	}

	@Test
	void exportLinksKeepTheQueryString() throws Exception {
		TimelineFilter filter = TimelineFilter
			.of(Map.of(Facet.DISPUTE, List.of("export-controls"), Facet.LEVEL, List.of("leaders")));
		Document doc = render("/?dispute=export-controls&level=leaders", page(filter, List.of(), ViewFixtures.madrid()));

		assertThat(doc.select(".exports a").eachAttr("href")).containsExactly(
				"/export.csv?dispute=export-controls&level=leaders", "/export.json?dispute=export-controls&level=leaders",
				"/export.ics?dispute=export-controls&level=leaders");
	}

	@Test
	void escapesMarkupInData() throws Exception {
		EncounterCard card = ViewFixtures.madrid();
		EncounterCard evil = new EncounterCard(card.id(), card.date(), card.kind(), card.level(), card.status(), null,
				null, card.city(), card.country(), "<script>alert(1)</script>", card.participants(), List.of(), 1, 0);
		given(timeline.parse(any())).willReturn(new TimelineFilterParser.Parsed(TimelineFilter.NONE, List.of()));
		given(timeline.page(eq(TimelineFilter.NONE), anyList(), anyInt())).willReturn(page(TimelineFilter.NONE, List.of(), evil));
		String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}
}
