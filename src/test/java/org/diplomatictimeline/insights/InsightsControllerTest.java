package org.diplomatictimeline.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.insights.InsightsService.Fact;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(InsightsController.class)
class InsightsControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InsightsService insights;

	@Test
	void callsOutTheLongestSilenceInWordsAndDrawsBarsWithoutScript() throws Exception {
		var labels = new LinkedHashMap<String, String>();
		labels.put("wartime-labor", "Wartime labor");
		given(insights.insights()).willReturn(InsightsService.compute(List.of(
				new Fact(1L, FuzzyDate.month(YearMonth.of(2019, 12)), EncounterLevel.LEADERS, EncounterKind.SUMMIT,
						Set.of("wartime-labor")),
				new Fact(2L, FuzzyDate.day(LocalDate.of(2022, 9, 21)), EncounterLevel.LEADERS, EncounterKind.TALKS,
						Set.of())),
				labels, LocalDate.of(2023, 6, 1)));

		String html = mvc.perform(get("/insights")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(html);

		assertThat(doc.select(".gaps li").first().text()).startsWith("No leader talks for 2 years 9 months: Dec 2019")
			.endsWith("Sep 2022");
		assertThat(doc.select(".gaps li time").eachAttr("datetime")).startsWith("2019-12", "2022-09-21");
		assertThat(doc.select(".gaps li").first().select("a").eachAttr("href")).containsExactly("/encounters/1",
				"/encounters/2");
		assertThat(doc.select("table.chart tbody tr")).hasSize(4);
		assertThat(doc.select("table.chart svg rect.bar-leaders")).hasSize(2);
		assertThat(doc.select("table.chart svg").attr("aria-hidden")).isEqualTo("true");
		assertThat(doc.select("table.heat td.heat-1").text()).isEqualTo("1");
		assertThat(doc.select("script")).isEmpty();
	}
}
