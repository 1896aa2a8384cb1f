package org.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AboutController.class)
class AboutControllerTest {

	@Autowired
	MockMvc mvc;

	@Test
	void apiGuideLinksWorkingExamplesAndExplainsEveryFilter() throws Exception {
		Document doc = Jsoup.parse(mvc.perform(get("/about/api")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());

		assertThat(doc.select("tbody a").eachAttr("href")).contains("/api/timeline",
				"/api/encounters?dispute=export-controls&level=leaders", "/export.ics?level=leaders", "/v3/api-docs");
		assertThat(doc.select("dl.facts dt").eachText()).containsExactly("dispute", "person", "level", "kind", "status",
				"country", "city", "from", "to", "q");
		assertThat(doc.select("dl.facts dd")).allMatch(dd -> !dd.text().isBlank());
		assertThat(doc.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("API");
	}
}
