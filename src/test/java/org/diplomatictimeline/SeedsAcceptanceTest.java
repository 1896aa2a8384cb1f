package org.diplomatictimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commissioning acceptance test: the five seed articles, ingested at start-up as in production,
 * must yield what a careful reader finds in them (src/test/resources/seeds-gold.json).
 */
@SpringBootTest(properties = "timeline.ingest.folder=data/articles")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsAcceptanceTest {

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	JsonNode gold;

	JsonNode timeline;

	@BeforeAll
	void load() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/seeds-gold.json")) {
			gold = json.readTree(in);
		}
		String body = mvc.perform(get("/api/timeline")).andReturn().getResponse().getContentAsString();
		timeline = json.readTree(body);
	}

	@Test
	void everyGoldEncounterIsFoundWithItsDatePlaceAndSources() {
		for (JsonNode expected : gold.get("encounters")) {
			JsonNode found = find(expected);
			String what = describe(expected);
			assertThat(found).as("encounter " + what).isNotNull();
			assertThat(text(found, "datePrecision")).as("precision of " + what).isEqualTo(text(expected, "precision"));
			assertThat(text(found, "city")).as("city of " + what).isEqualTo(text(expected, "city"));
			assertThat(text(found, "country")).as("country of " + what).isEqualTo(text(expected, "country"));
			assertThat(text(found, "status")).as("status of " + what).isEqualTo(text(expected, "status"));
			for (JsonNode source : expected.get("sources")) {
				assertThat(sources(found))
					.as("sources of " + what)
					.contains(text(source, "file") + ":" + text(source, "role"));
			}
		}
	}

	@Test
	void mainEncountersHaveTheirKindAndLevel() {
		for (JsonNode expected : gold.get("encounters")) {
			boolean main = stream(expected.get("sources")).anyMatch(s -> text(s, "role").equals("main"));
			if (main) {
				JsonNode found = find(expected);
				assertThat(found).as(describe(expected)).isNotNull();
				assertThat(text(found, "kind")).as("kind of " + describe(expected)).isEqualTo(text(expected, "kind"));
				assertThat(text(found, "level")).as("level of " + describe(expected))
					.isEqualTo(text(expected, "level"));
			}
		}
	}

	@Test
	void nothingSpuriousIsFound() {
		List<String> spurious = new ArrayList<>();
		for (JsonNode found : timeline.get("encounters")) {
			if (text(found, "status").equals("cancelled")) {
				continue; // the gold calls a cancelled plan optional
			}
			boolean known = stream(gold.get("encounters"))
				.anyMatch(g -> names(g.get("participants")).equals(participants(found))
						&& text(g, "date").equals(text(found, "date")));
			if (!known) {
				spurious.add(text(found, "date") + " " + participants(found));
			}
		}
		assertThat(spurious).as("encounters the gold does not list").isEmpty();
	}

	@Test
	void theNewYorkMeetingIsOneEncounterWithTwoMainSources() {
		List<JsonNode> newYork = stream(timeline.get("encounters"))
			.filter(e -> "2022-09-21".equals(text(e, "date")))
			.toList();
		assertThat(newYork).hasSize(1);
		assertThat(sources(newYork.get(0))).filteredOn(s -> s.endsWith(":main")).hasSize(2);
	}

	@Test
	void everyGoldStatementIsFoundWithItsSpeaker() {
		for (JsonNode expected : gold.get("statements")) {
			String file = text(expected, "file");
			String speaker = normalise(text(expected, "speaker"));
			String starts = text(expected, "quote_starts");
			boolean found = stream(timeline.get("statements")).anyMatch(s -> file.equals(text(s, "article"))
					&& speaker.equals(normalise(text(s, "speaker")))
					&& (starts == null || text(s, "text").contains(starts)));
			assertThat(found).as("statement of %s in %s (%s)", speaker, file, starts).isTrue();
		}
	}

	@Test
	void everyArticleHasItsDisputeTopics() {
		for (JsonNode expected : gold.get("articles")) {
			JsonNode article = stream(timeline.get("articles"))
				.filter(a -> text(expected, "file").equals(text(a, "file")))
				.findFirst()
				.orElseThrow();
			assertThat(strings(article.get("disputes"))).as("topics of " + text(expected, "file"))
				.isEqualTo(strings(expected.get("disputes")));
		}
	}

	private JsonNode find(JsonNode expected) {
		Set<String> names = names(expected.get("participants"));
		return stream(timeline.get("encounters"))
			.filter(e -> participants(e).equals(names) && text(expected, "date").equals(text(e, "date")))
			.findFirst()
			.orElse(null);
	}

	private static String describe(JsonNode encounter) {
		return text(encounter, "date") + " " + encounter.get("participants");
	}

	private static Set<String> participants(JsonNode encounter) {
		return stream(encounter.get("participants")).map(p -> normalise(text(p, "name")))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> names(JsonNode array) {
		return stream(array).map(n -> normalise(n.asString())).collect(Collectors.toCollection(TreeSet::new));
	}

	private static List<String> sources(JsonNode encounter) {
		return stream(encounter.get("sources")).map(s -> text(s, "article") + ":" + text(s, "role")).toList();
	}

	private static Set<String> strings(JsonNode array) {
		return stream(array).map(JsonNode::asString).collect(Collectors.toCollection(TreeSet::new));
	}

	static String normalise(String name) {
		return name == null ? null : name.toLowerCase().replaceAll("[\\s-]", "");
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false);
	}
}
