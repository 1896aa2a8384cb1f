package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.FuzzyDate;
import org.junit.jupiter.api.Test;

class GatheringFinderTest {

	private final GatheringFinder finder = new GatheringFinder(Fixture.reference());

	@Test
	void namesAGatheringSeries() {
		assertThat(finder.find(Fixture.sentence("They chatted on the sidelines of a summit of the North Atlantic Treaty Organization.")))
			.singleElement()
			.satisfies(g -> assertThat(g.series().series()).isEqualTo("nato"));
		assertThat(finder.find(Fixture.sentence("The talks took place at the U.N. General Assembly's annual session.")))
			.singleElement()
			.satisfies(g -> assertThat(g.series().series()).isEqualTo("unga"));
	}

	@Test
	void picksTheMeetingOfADate() {
		assertThat(finder.at("nato", FuzzyDate.parse("2022-06"), null).city()).isEqualTo("Madrid");
		assertThat(finder.at("nato", FuzzyDate.parse("2023-07-12"), null).city()).isEqualTo("Vilnius");
		assertThat(finder.at("nato", FuzzyDate.parse("2021-06"), null)).isNull();
	}

	@Test
	void theOnlyGatheringOfALevelInAPeriod() {
		assertThat(finder.onlyAt(FuzzyDate.parse("2019-12"), EncounterLevel.LEADERS).city()).isEqualTo("Chengdu");
		assertThat(finder.nearest("unga", LocalDate.of(2022, 9, 21), null).start()).isEqualTo(LocalDate.of(2022, 9, 18));
	}
}
