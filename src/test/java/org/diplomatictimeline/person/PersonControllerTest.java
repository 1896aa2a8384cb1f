package org.diplomatictimeline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.diplomatictimeline.person.PersonDetail.Counterpart;
import org.diplomatictimeline.person.PersonDetail.OfficeTerm;
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

@WebMvcTest(PersonController.class)
class PersonControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PersonPageService people;

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void listShowsOfficesAndCounts() throws Exception {
		given(people.list()).willReturn(List.of(new PersonRow("fumio-kishida", "Fumio Kishida", "Japan",
				List.of("Foreign Minister", "Prime Minister"), 4, 2)));

		Document doc = page("/people");

		assertThat(doc.select("tbody th a[href=/people/fumio-kishida]").text()).isEqualTo("Fumio Kishida");
		assertThat(doc.select("tbody td").eachText()).containsExactly("Japan", "Foreign Minister, Prime Minister", "4",
				"2");
	}

	@Test
	void personPageShowsTermsCounterpartsAndEncounters() throws Exception {
		given(people.detail(eq("fumio-kishida"), anyInt())).willReturn(new PersonDetail("fumio-kishida", "Fumio Kishida", "Japan",
				List.of(new OfficeTerm("Prime Minister", DateView.of(LocalDate.of(2021, 10, 4)), null)), true,
				List.of(ViewFixtures.madrid()), List.of(),
				List.of(new Counterpart("yoon-suk-yeol", "Yoon Suk Yeol", "President", "South Korea", 3))));

		Document doc = page("/people/fumio-kishida");

		assertThat(doc.select("h1").text()).isEqualTo("Fumio Kishida");
		assertThat(doc.select("#person-offices + ul li, section[aria-labelledby=person-offices] li").first().text())
			.isEqualTo("Prime Minister 4 October 2021 – to in office");
		assertThat(doc.select("a.chip[href=/people/yoon-suk-yeol]").text()).isEqualTo("President Yoon Suk Yeol 3 meetings");
		assertThat(doc.select("a[href=/?person=fumio-kishida]")).hasSize(1);
		assertThat(doc.select("article#encounter-7")).hasSize(1);
	}

	@Test
	void officesSeenOnlyInEncountersAreSaidToBeSo() throws Exception {
		given(people.detail(eq("someone"), anyInt())).willReturn(new PersonDetail("someone", "Some One", "Japan",
				List.of(new OfficeTerm("Foreign Minister", DateView.of(LocalDate.of(2020, 1, 1)),
						DateView.of(LocalDate.of(2020, 5, 1)))),
				false, List.of(), List.of(), List.of()));

		Document doc = page("/people/someone");

		assertThat(doc.select("section[aria-labelledby=person-offices] p.muted").text())
			.contains("as seen in the encounters");
		assertThat(doc.text()).doesNotContain("in office");
	}

	@Test
	void unknownPersonIs404() throws Exception {
		given(people.detail(eq("nobody"), anyInt())).willThrow(new NotFoundException("person", "nobody"));

		mvc.perform(get("/people/nobody")).andExpect(status().isNotFound());
	}
}
