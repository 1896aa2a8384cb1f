package org.diplomatictimeline.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.diplomatictimeline.dispute.DisputeDetail.ArticleLink;
import org.diplomatictimeline.domain.FuzzyDate;
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

@WebMvcTest(DisputeController.class)
class DisputeControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DisputePageService disputes;

	static final DisputeSummary EXPORTS = new DisputeSummary("export-controls", "Export controls", 2, 3,
			DateView.of(FuzzyDate.month(YearMonth.of(2019, 7))), DateView.of(LocalDate.of(2023, 3, 16)));

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void listShowsCountsAndSpanOfMentions() throws Exception {
		given(disputes.list()).willReturn(List.of(EXPORTS));

		Document doc = page("/disputes");

		assertThat(doc.select(".card h2 a[href=/disputes/export-controls]").text()).isEqualTo("Export controls");
		assertThat(doc.select(".card p").first().text()).isEqualTo("2 encounters, 3 articles");
		assertThat(doc.select(".card time").eachAttr("datetime")).containsExactly("2019-07", "2023-03-16");
		assertThat(doc.select(".card a[href=/?dispute=export-controls]")).hasSize(1);
	}

	@Test
	void topicPageShowsBackgroundMentionsEncountersAndArticles() throws Exception {
		given(disputes.detail(eq("export-controls"), anyInt())).willReturn(new DisputeDetail(EXPORTS, "Japan tightened exports.",
				List.of(ViewFixtures.chengdu()), List.of(),
				List.of(new ArticleLink(4L, "Trade row", DateView.of(LocalDate.of(2019, 7, 2))))));

		Document doc = page("/disputes/export-controls");

		assertThat(doc.select("h1").text()).isEqualTo("Export controls");
		assertThat(doc.select(".lede").text()).isEqualTo("Japan tightened exports.");
		assertThat(doc.select(".facts dd").eachText()).startsWith("July 2019", "16 March 2023");
		assertThat(doc.select("article.event time[datetime=2019-12]")).hasSize(1);
		assertThat(doc.select("a[href=/articles/4]").text()).isEqualTo("Trade row");
		assertThat(doc.select(".empty").text()).contains("No statement about this topic");
	}

	@Test
	void unknownTopicIsAFriendly404() throws Exception {
		given(disputes.detail(eq("nope"), anyInt())).willThrow(new NotFoundException("dispute", "nope"));

		String html = mvc.perform(get("/disputes/nope")).andExpect(status().isNotFound()).andReturn().getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(html).select("main").text()).contains("There is no dispute topic with this name");
	}
}
