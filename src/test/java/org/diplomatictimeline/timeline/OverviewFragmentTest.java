package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.system.StartupProgress;
import org.diplomatictimeline.system.ViewFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The overview band's markup: hidden until its script runs, fed by data-* attributes of the listed encounters. */
@WebMvcTest(TimelineController.class)
@Import(StartupProgress.class)
class OverviewFragmentTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TimelineService timeline;

	@Test
	void theBandIsHiddenForTheScriptToShowAndLoadsOnlyStaticScripts() throws Exception {
		Document doc = render(ViewFixtures.madrid());

		Element band = doc.selectFirst("section#overview[data-overview]");
		assertThat(band).isNotNull();
		assertThat(band.hasAttr("hidden")).isTrue();
		// the peer build of vis-timeline (no injected stylesheet) after its two peers
		assertThat(band.select("script").eachAttr("src")).hasSize(4)
			.anyMatch(src -> src.contains("/assets/vendor/moment/"))
			.anyMatch(src -> src.contains("/assets/vendor/vis-data/"))
			.anyMatch(src -> src.contains("/assets/vendor/vis-timeline/"))
			.anyMatch(src -> src.contains("/assets/js/overview"));
		assertThat(band.select("script")).allMatch(script -> script.data().isBlank());
		assertThat(band.select(".overview-legend li").eachText()).contains("Leaders", "Foreign ministers",
				"Other officials", "Summit", "Talks", "Brief encounter", "Phone call", "Trilateral meeting");
	}

	@Test
	void eachDatedEncounterBecomesAnItemWithItsDateKindLevelAndWords() throws Exception {
		Document doc = render(ViewFixtures.chengdu(), ViewFixtures.olympics(), ViewFixtures.madrid());

		List<Element> items = doc.select("[data-overview-items] > li");
		assertThat(items).extracting(li -> li.attr("data-id")).containsExactly("3", "4", "7");
		Element chengdu = items.get(0);
		assertThat(chengdu.attr("data-date")).isEqualTo("2019-12");
		assertThat(chengdu.attr("data-precision")).isEqualTo("month");
		assertThat(chengdu.attr("data-kind")).isEqualTo("brief-encounter");
		assertThat(chengdu.attr("data-level")).isEqualTo("leaders");
		assertThat(chengdu.attr("data-label")).isEqualTo("Brief encounter · Madrid");
		assertThat(chengdu.attr("data-title")).isEqualTo("December 2019 · Leaders · Fumio Kishida, Yoon Suk Yeol");
		assertThat(items.get(1).attr("data-title")).isEqualTo("2021 · Leaders · Fumio Kishida, Yoon Suk Yeol · Cancelled");
		assertThat(items.get(2).attr("data-title")).startsWith("28 June 2022 · ");
		assertThat(doc.select(".overview-note")).isEmpty();
	}

	@Test
	void undatedEncountersStayInTheListAndTheBandSaysSo() throws Exception {
		EncounterCard undated = ViewFixtures.card(9, null, "held");
		Document doc = page(List.of(new YearGroup(2022, List.of(ViewFixtures.madrid())),
				new YearGroup(null, List.of(undated))));

		assertThat(doc.select("[data-overview-items] > li").eachAttr("data-id")).containsExactly("7");
		assertThat(doc.select(".overview-note").text())
			.isEqualTo("One encounter without a date is in the list but not on the band.");
		assertThat(doc.select("article#encounter-9")).isNotEmpty();
	}

	@Test
	void noBandWhenNothingIsShown() throws Exception {
		Document doc = page(List.of());

		assertThat(doc.select("#overview")).isEmpty();
	}

	private Document render(EncounterCard... cards) throws Exception {
		List<YearGroup> years = new ArrayList<>();
		for (EncounterCard card : cards) {
			years.add(new YearGroup(card.date().year(), List.of(card)));
		}
		return page(years);
	}

	private Document page(List<YearGroup> years) throws Exception {
		int shown = years.stream().mapToInt(g -> g.encounters().size()).sum();
		TimelinePage page = new TimelinePage(years, 10, shown, List.of(), List.of(), TimelineFilter.NONE, List.of());
		given(timeline.parse(any())).willReturn(new TimelineFilterParser.Parsed(page.filter(), page.notices()));
		given(timeline.page(eq(page.filter()), anyList(), anyInt())).willReturn(page);
		String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}
}
