package org.diplomatictimeline.ingest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.diplomatictimeline.ingest.extract.ArticleMetadata;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;
import org.diplomatictimeline.ingest.extract.ExtractedStatement;
import org.diplomatictimeline.ingest.extract.Extraction;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.domain.StatementKind;
import org.diplomatictimeline.ingest.extract.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Hostile content and hostile addresses. Markup in an article, a title, a name, an occasion or a
 * quote is shown as text on every page; SQL meta-characters and absurd values in every filter and
 * path parameter of every GET page give a client error or an empty result, never a server error.
 * Run once per database.
 */
abstract class AbstractHostileInputTests {

	private static final String SCRIPT = "<script>alert('xss')</script>";

	private static final String IMG = "<img src=x onerror=alert(1)>";

	private static final String SVG = "<svg onload=alert(2)>";

	/** A spreadsheet formula, for the CSV export. */
	private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"x\") ";

	/** Values for every path variable and every query parameter. */
	private static final List<String> ABSURD = List.of("' OR '1'='1", "1; DROP TABLE article; --", "\" or \"\"=\"",
			"%", "_", "\\", "99999999999999999999999", "-1", "0", "1e309", "NaN", "2023-02-30", "9999-99-99",
			"../../etc/passwd", SCRIPT, "\u0000", "x".repeat(5000), "日本語", "[]", "{}", "null");

	/** The worst of them, for every query parameter of every page. */
	private static final List<String> ABSURD_FOR_PARAMETERS = List.of("' OR '1'='1", "1; DROP TABLE article; --", "%",
			"99999999999999999999999", "-1", "9999-99-99", SCRIPT, "\u0000", "x".repeat(5000));

	/** Query parameters the pages read (filters), sent to every GET page without a path variable. */
	private static final List<String> PARAMETERS = List.of("dispute", "person", "level", "kind", "status", "country",
			"city", "from", "to", "q", "year", "format");

	@Autowired
	MockMvc mvc;

	@Autowired
	ExtractionStore store;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Long articleId;

	private Long encounterId;

	@BeforeEach
	void storeHostileArticle() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String body = "Leaders met " + SCRIPT + " in Seoul. Someone wrote " + IMG + " and " + SVG + ".";
		ExtractedParticipant evil = new ExtractedParticipant("evil-" + marker, "Evil " + IMG, "JP", "prime-minister", false);
		ExtractedParticipant other = new ExtractedParticipant("other-" + marker, "Other " + SCRIPT, "KR", "president",
				false);
		ExtractedEncounter met = new ExtractedEncounter(FuzzyDate.day(LocalDate.of(2005, 6, 20)), "Seoul " + SVG,
				"South Korea", FORMULA + SCRIPT, EncounterKind.SUMMIT, EncounterLevel.LEADERS, null, null,
				EncounterStatus.HELD, SourceRole.MAIN, List.of(evil, other), List.of(), List.of(new TextSpan(0, 30)));
		Extraction extraction = new Extraction(new ArticleMetadata("Title " + SCRIPT, "Source " + IMG,
				"javascript:alert(3)", LocalDate.of(2005, 6, 21)), body, LocalDate.of(2005, 6, 21), List.of(met),
				List.of(new ExtractedStatement(evil, "We said " + SCRIPT, StatementKind.QUOTE, null, null, 0,
						new TextSpan(0, 20))),
				List.of(), List.of());
		articleId = store.store("hostile-" + marker + ".txt", "hostile-" + marker, extraction).articleId();
		encounterId = encounterOf(articleId);
	}

	@Autowired
	org.diplomatictimeline.encounter.EncounterRepository encounters;

	private Long encounterOf(Long article) {
		return encounters.findBySourceArticle(article).get(0).getId();
	}

	@Test
	void markupInStoredContentIsShownAsTextOnEveryPage() throws Exception {
		List<String> pages = new ArrayList<>(List.of("/", "/?q=alert", "/articles", "/articles/" + articleId,
				"/encounters/" + encounterId));
		for (String page : getPages()) {
			if (!page.contains("{") && !pages.contains(page)) {
				pages.add(page);
			}
		}
		for (String page : pages) {
			MvcResult result = mvc.perform(get(page)).andReturn();
			int status = result.getResponse().getStatus();
			assertThat(status).as(page).isLessThan(500);
			String type = result.getResponse().getContentType();
			String content = result.getResponse().getContentAsString();
			if (type != null && type.startsWith(MediaType.TEXT_HTML_VALUE)) {
				assertThat(content).as(page).doesNotContain(SCRIPT, IMG, SVG, "href=\"javascript:");
			}
			else if (type != null && type.contains("json")) {
				assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
			}
		}
		String article = mvc.perform(get("/articles/" + articleId)).andReturn().getResponse().getContentAsString();
		assertThat(article).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
		String encounter = mvc.perform(get("/encounters/" + encounterId)).andReturn().getResponse().getContentAsString();
		assertThat(encounter).contains("Evil &lt;img src=x onerror=alert(1)&gt;");
		String csv = mvc.perform(get("/export.csv")).andReturn().getResponse().getContentAsString();
		assertThat(csv).as("a formula from an article stays text in a spreadsheet").contains("'=HYPERLINK(")
			.doesNotContain(",=HYPERLINK(", ",\"=HYPERLINK(");
	}

	@Test
	void absurdValuesInEveryParameterAndPathNeverCauseAServerError() throws Exception {
		List<String> problems = new ArrayList<>();
		for (String template : getPages()) {
			if (template.contains("{")) {
				for (String value : ABSURD) {
					String path = UriComponentsBuilder.fromPath(template.replaceAll("\\{[^}]+}", "{v}"))
						.buildAndExpand(value)
						.encode()
						.toUriString();
					check(path, problems);
				}
				continue;
			}
			for (String value : ABSURD_FOR_PARAMETERS) {
				// every filter at once (a filter parser reads them all), and the page number alone (it fails fast)
				String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
				StringBuilder query = new StringBuilder();
				for (String parameter : PARAMETERS) {
					query.append(query.isEmpty() ? "?" : "&").append(parameter).append('=').append(encoded);
				}
				check(template + query, problems);
				check(template + "?page=" + encoded, problems);
			}
		}
		assertThat(problems).isEmpty();
	}

	private void check(String address, List<String> problems) {
		String shown = address.length() > 120 ? address.substring(0, 120) + "..." : address;
		try {
			int status = mvc.perform(get(URI.create(address))).andReturn().getResponse().getStatus();
			if (status >= 500) {
				problems.add(status + " " + shown);
			}
		}
		catch (Exception e) {
			problems.add(shown + ": " + e);
		}
	}

	/** Every GET page and API address the application maps, from its own handler mappings. */
	private List<String> getPages() {
		List<String> pages = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			var methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/error") && !pattern.contains("**")) {
					pages.add(pattern);
				}
			}
		});
		return pages.stream().distinct().sorted().toList();
	}

}
