package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TimelineFilterParserTest {

	private final TimelineFilterParser parser = new TimelineFilterParser(Set.of("wartime-labor", "export-controls"),
			"fumio-kishida"::equals);

	private static TimelineParams params(List<String> dispute, String person, String level, String kind, String status,
			String from, String to, String q) {
		return new TimelineParams(dispute, list(person), null, list(level), list(kind), list(status), null, null, from,
				to, q, null);
	}

	private static List<String> list(String value) {
		return value == null ? null : List.of(value);
	}

	@Test
	void acceptsKnownValuesAndNormalisesCodes() {
		var parsed = parser.parse(params(List.of("export-controls", "wartime-labor"), "fumio-kishida", "Foreign-Ministers",
				"brief-encounter", "HELD", "2019", "2022", "  talks  "));

		assertThat(parsed.notices()).isEmpty();
		TimelineFilter f = parsed.filter();
		assertThat(f.disputes()).containsExactly("export-controls", "wartime-labor");
		assertThat(f.values(Facet.LEVEL)).containsExactly("foreign-ministers");
		assertThat(f.values(Facet.STATUS)).containsExactly("held");
		assertThat(f.q()).isEqualTo("talks");
		assertThat(f.query()).isEqualTo(
				"dispute=export-controls&dispute=wartime-labor&person=fumio-kishida&level=foreign-ministers"
						+ "&kind=brief-encounter&status=held&from=2019&to=2022&q=talks");
	}

	@Test
	void dropsUnknownOrAbsurdValuesWithANoticeEach() {
		var parsed = parser.parse(params(List.of("nope", "export-controls"), "nobody", "kings", "duel", "maybe", "-5",
				"twenty", null));

		assertThat(parsed.filter()).isEqualTo(TimelineFilter.of(Facet.DISPUTE, "export-controls"));
		assertThat(parsed.notices()).extracting(Notice::key)
			.containsExactly("filter.unknown.dispute", "filter.unknown.person", "filter.unknown.level",
					"filter.unknown.kind", "filter.unknown.status", "filter.bad.year", "filter.bad.year");
	}

	@Test
	void swapsReversedYearsAndShortensLongText() {
		var parsed = parser.parse(params(null, null, null, null, null, "2022", "2019", "x".repeat(500)));

		assertThat(parsed.filter().from()).isEqualTo(2019);
		assertThat(parsed.filter().to()).isEqualTo(2022);
		assertThat(parsed.filter().q()).hasSize(TimelineFilterParser.MAX_TEXT);
		assertThat(parsed.notices()).extracting(Notice::key).containsExactly("filter.years.swapped",
				"filter.text.shortened");
	}

	@Test
	void queryStringEncodesReservedCharacters() {
		TimelineFilter f = TimelineFilter.of(Facet.CITY, "São Paulo").withYearsAndText(null, null, "a+b & c=d");

		assertThat(f.query()).isEqualTo("city=S%C3%A3o+Paulo&q=a%2Bb+%26+c%3Dd");
		assertThat(f.toggle(Facet.CITY, "São Paulo").href("/")).isEqualTo("/?q=a%2Bb+%26+c%3Dd");
		assertThat(TimelineFilter.NONE.href("/export.csv")).isEqualTo("/export.csv");
	}

	@Test
	void everyFacetKeepsEveryValueAndReportsEachUnknownOne() {
		var parsed = parser.parse(new TimelineParams(null, List.of("fumio-kishida", "nobody"), null,
				List.of("leaders", "foreign-ministers"), List.of("summit", "duel"), null, null,
				List.of("Tokyo", "Seoul"), null, null, null, "oldest"));

		TimelineFilter f = parsed.filter();
		assertThat(f.values(Facet.LEVEL)).containsExactly("foreign-ministers", "leaders");
		assertThat(f.values(Facet.CITY)).containsExactly("Seoul", "Tokyo");
		assertThat(f.people()).containsExactly("fumio-kishida");
		assertThat(f.order()).isEqualTo(TimelineOrder.OLDEST);
		assertThat(parsed.notices()).containsExactly(new Notice("filter.unknown.person", "nobody"),
				new Notice("filter.unknown.kind", "duel"));
		assertThat(f.query()).isEqualTo("person=fumio-kishida&level=foreign-ministers&level=leaders&kind=summit"
				+ "&city=Seoul&city=Tokyo&order=oldest");
	}

	@Test
	void aPairIsTwoKnownPeopleInEitherOrder() {
		TimelineFilterParser known = new TimelineFilterParser(Set.of(), Set.of("fumio-kishida", "yoon-suk-yeol")::contains);

		var parsed = known.parse(new TimelineParams(null, null,
				List.of("yoon-suk-yeol fumio-kishida", "fumio-kishida nobody", "fumio-kishida"), null, null, null, null,
				null, null, null, null, "sideways"));

		assertThat(parsed.filter().pairs()).containsExactly("fumio-kishida yoon-suk-yeol");
		assertThat(parsed.filter().query()).isEqualTo("pair=fumio-kishida+yoon-suk-yeol");
		assertThat(parsed.notices()).extracting(Notice::key)
			.containsExactly("filter.unknown.pair", "filter.unknown.pair", "filter.unknown.order");
	}
}
