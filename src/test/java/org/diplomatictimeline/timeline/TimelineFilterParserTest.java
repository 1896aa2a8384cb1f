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
		return new TimelineParams(dispute, person, level, kind, status, null, null, from, to, q);
	}

	@Test
	void acceptsKnownValuesAndNormalisesCodes() {
		var parsed = parser.parse(params(List.of("export-controls", "wartime-labor"), "fumio-kishida", "Foreign-Ministers",
				"brief-encounter", "HELD", "2019", "2022", "  talks  "));

		assertThat(parsed.notices()).isEmpty();
		TimelineFilter f = parsed.filter();
		assertThat(f.disputes()).containsExactly("export-controls", "wartime-labor");
		assertThat(f.level()).isEqualTo("foreign-ministers");
		assertThat(f.status()).isEqualTo("held");
		assertThat(f.q()).isEqualTo("talks");
		assertThat(f.query()).isEqualTo(
				"dispute=export-controls&dispute=wartime-labor&person=fumio-kishida&level=foreign-ministers"
						+ "&kind=brief-encounter&status=held&from=2019&to=2022&q=talks");
	}

	@Test
	void dropsUnknownOrAbsurdValuesWithANoticeEach() {
		var parsed = parser.parse(params(List.of("nope", "export-controls"), "nobody", "kings", "duel", "maybe", "-5",
				"twenty", null));

		assertThat(parsed.filter()).isEqualTo(new TimelineFilter(new java.util.TreeSet<>(Set.of("export-controls")), null,
				null, null, null, null, null, null, null, null));
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
		TimelineFilter f = new TimelineFilter(null, null, null, null, null, null, "São Paulo", null, null, "a+b & c=d");

		assertThat(f.query()).isEqualTo("city=S%C3%A3o+Paulo&q=a%2Bb+%26+c%3Dd");
		assertThat(f.toggle(Facet.CITY, "São Paulo").href("/")).isEqualTo("/?q=a%2Bb+%26+c%3Dd");
		assertThat(TimelineFilter.NONE.href("/export.csv")).isEqualTo("/export.csv");
	}
}
