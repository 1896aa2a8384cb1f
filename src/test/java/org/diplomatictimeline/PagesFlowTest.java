package org.diplomatictimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.diplomatictimeline.ingest.StoreFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages over a real database: the fixture timeline is stored through the ingest's store (the
 * seed articles are ingested too, whatever the extractor finds in them today).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:pages-flow;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(StoreFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoreFixtures fixtures;

	StoreFixtures.Seeded seeded;

	@BeforeAll
	void seed() {
		seeded = fixtures.seed();
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void timelineShowsDatesAtTheirPrecision() throws Exception {
		Document doc = page("/");

		assertThat(doc.select("time[datetime=2019-12]").eachText()).contains("December 2019");
		assertThat(doc.select("time[datetime=2022-06-28]").eachText()).contains("28 June 2022");
		assertThat(doc.select("time[datetime=2021]").eachText()).contains("2021");
		assertThat(doc.select("article.status-cancelled .badge-cancelled").eachText()).contains("Cancelled");
	}

	@Test
	void disputeFilterIsAPermalink() throws Exception {
		Document doc = page("/?dispute=export-controls");

		assertThat(doc.select("article.event h3").eachText()).contains("Summit in Chengdu")
			.doesNotContain("Brief encounter in Madrid");
		assertThat(doc.select(".active-filters a.chip-remove").first().attr("href")).isEqualTo("/");
	}

	@Test
	void unknownValuesAreReportedNotFailed() throws Exception {
		Document doc = page("/?dispute=no-such-topic&level=emperors&from=99999&kind=%3Cb%3E");

		assertThat(doc.select(".notice li")).hasSize(4);
		assertThat(doc.select(".notice").text()).contains("no-such-topic").contains("emperors").contains("99999");
		assertThat(doc.select(".notice b")).isEmpty();
	}

	@Test
	void evidenceLinksOfAnEncounterLandOnMarksOfTheArticlePage() throws Exception {
		// oldest first: the fixtures' Chengdu summit, told by two fixture articles
		Document timeline = page("/?dispute=export-controls&order=oldest");
		String href = timeline.select("article.event h3 a").first().attr("href");
		Document encounter = page(href);
		List<String> links = encounter.select(".source .evidence a").eachAttr("href");

		// the fixture articles tell it twice; a seed article may tell it too
		assertThat(links.size()).isGreaterThanOrEqualTo(2);
		for (String link : links) {
			String[] parts = link.split("#");
			Document article = page(parts[0]);
			assertThat(article.getElementById(parts[1])).as(link).isNotNull();
			assertThat(article.getElementById(parts[1]).tagName()).isEqualTo("mark");
		}
	}

	@Test
	void markupInArticleTextIsShownEscaped() throws Exception {
		String html = mvc.perform(get("/articles/" + seeded.madridArticle())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();

		assertThat(html).doesNotContain(StoreFixtures.SCRIPT).contains("&lt;script&gt;alert(");
		assertThat(Jsoup.parse(html).select(".article-body").text()).contains(StoreFixtures.SCRIPT);
	}

	@Test
	void markupSearchedForIsEchoedEscapedOnTheTimeline() throws Exception {
		String html = mvc.perform(get("/").param("q", StoreFixtures.SCRIPT)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();

		assertThat(html).doesNotContain(StoreFixtures.SCRIPT);
		Document doc = Jsoup.parse(html);
		assertThat(doc.select("article.event h3").eachText()).contains("Brief encounter in Madrid");
		assertThat(doc.select("input#q").val()).isEqualTo(StoreFixtures.SCRIPT);
	}

	@Test
	void missingThingsAreFriendly404s() throws Exception {
		mvc.perform(get("/encounters/987654")).andExpect(status().isNotFound());
		mvc.perform(get("/articles/987654")).andExpect(status().isNotFound());
		mvc.perform(get("/encounters/x1")).andExpect(status().isBadRequest());
	}

	@Test
	void apiAndExportsApplyTheSameFilters() throws Exception {
		String json = mvc.perform(get("/api/encounters?dispute=export-controls")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(json).contains("\"Chengdu\"").doesNotContain("\"Seoul\"");

		mvc.perform(get("/api/encounters?dispute=no-such-topic")).andExpect(status().isBadRequest());

		String ics = mvc.perform(get("/export.ics?city=chengdu")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(ics).contains("DTSTART;VALUE=DATE:20191201").doesNotContain("Madrid");

		String csv = mvc.perform(get("/export.csv?status=cancelled")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(csv.lines().skip(1)).allMatch(line -> line.contains(",cancelled,"));
		assertThat(csv).contains("Tokyo");
	}

	@Test
	void openApiDescribesTheFilteredEncountersEndpoint() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(docs).contains("/api/encounters").contains("\"name\":\"dispute\"").contains("/export.ics")
			.doesNotContain("/disputes/{slug}");
	}

	@Test
	void disputePeopleAndInsightsPagesRenderFromTheStore() throws Exception {
		Document dispute = page("/disputes/export-controls");
		assertThat(dispute.select("article.event h3").eachText()).contains("Summit in Chengdu");

		Document person = page("/people/" + StoreFixtures.KISHIDA);
		assertThat(person.select("section[aria-labelledby=person-offices] li").eachText())
			.anyMatch(t -> t.startsWith("Prime Minister 4 October 2021"));
		assertThat(person.select("a.chip[href=/people/" + StoreFixtures.YOON + "]")).hasSize(1);

		Document insights = page("/insights");
		assertThat(insights.select("table.chart tbody th").eachText()).contains("2019", "2022");

		assertThat(page("/people").select("tbody a").eachText()).contains("Fumio Kishida", "Moon Jae-in");
		assertThat(page("/disputes").select(".card h2").eachText()).contains("Export controls");
		mvc.perform(get("/disputes/no-such-topic")).andExpect(status().isNotFound());
		mvc.perform(get("/people/no-such-person")).andExpect(status().isNotFound());
	}

	@Test
	void bulkExportStreamsEveryRowOfAListByIdAndResumes() throws Exception {
		for (String list : new String[] { "encounters", "statements", "articles" }) {
			long total = Long.parseLong(mvc.perform(get("/api/" + list + "?size=1"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getHeader("X-Total-Count"));
			List<String> lines = mvc.perform(get("/api/export/" + list))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()
				.lines()
				.toList();
			List<Long> ids = lines.stream().map(l -> Long.parseLong(l.replaceAll("^\\{\"id\":(\\d+),.*", "$1"))).toList();

			assertThat(lines).as(list).hasSize((int) total).isNotEmpty();
			assertThat(ids).as(list).isSorted().doesNotHaveDuplicates();

			long second = ids.size() > 1 ? ids.get(1) : ids.get(0);
			List<String> resumed = mvc.perform(get("/api/export/" + list + "?after=" + ids.get(0)))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.lines()
				.toList();
			assertThat(resumed).as(list).hasSize(lines.size() - 1);
			if (!resumed.isEmpty()) {
				assertThat(resumed.get(0)).startsWith("{\"id\":" + second + ",");
			}
		}
	}
}
