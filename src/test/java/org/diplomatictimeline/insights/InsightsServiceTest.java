package org.diplomatictimeline.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.insights.Insights.Gap;
import org.diplomatictimeline.insights.Insights.YearBar;
import org.diplomatictimeline.insights.InsightsService.Fact;
import org.junit.jupiter.api.Test;

class InsightsServiceTest {

	private static final Map<String, String> DISPUTES = new LinkedHashMap<>(
			Map.of("wartime-labor", "Wartime labor"));

	private static Fact leaders(long id, FuzzyDate date, EncounterKind kind, String... disputes) {
		return new Fact(id, date, EncounterLevel.LEADERS, kind, Set.of(disputes));
	}

	private static Fact ministers(long id, FuzzyDate date) {
		return new Fact(id, date, EncounterLevel.FOREIGN_MINISTERS, EncounterKind.TALKS, Set.of());
	}

	private final List<Fact> facts = List.of(leaders(1, FuzzyDate.month(YearMonth.of(2019, 12)), EncounterKind.SUMMIT,
			"wartime-labor"), ministers(2, FuzzyDate.day(LocalDate.of(2019, 12, 15))),
			leaders(3, FuzzyDate.day(LocalDate.of(2022, 6, 28)), EncounterKind.BRIEF_ENCOUNTER, "wartime-labor"),
			leaders(4, FuzzyDate.day(LocalDate.of(2022, 9, 21)), EncounterKind.TALKS, "wartime-labor"),
			leaders(5, FuzzyDate.day(LocalDate.of(2022, 11, 13)), EncounterKind.SUMMIT));

	@Test
	void countsEveryYearOfTheRangeByLevelWithBarsScaledToTheBusiestYear() {
		Insights insights = InsightsService.compute(facts, DISPUTES, LocalDate.of(2023, 1, 1));

		assertThat(insights.years()).extracting(YearBar::year).containsExactly(2019, 2020, 2021, 2022);
		YearBar y2019 = insights.years().get(0);
		assertThat(y2019.leaders()).isEqualTo(1);
		assertThat(y2019.ministers()).isEqualTo(1);
		assertThat(insights.years().get(1).total()).isZero();
		YearBar y2022 = insights.years().get(3);
		assertThat(y2022.segments()).singleElement().satisfies(s -> {
			assertThat(s.level()).isEqualTo("leaders");
			assertThat(s.width()).isEqualTo(100.0);
		});
		assertThat(y2019.segments().get(1).x()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void longestSilenceIgnoresBriefEncountersAndCountsYearsAndMonths() {
		Insights insights = InsightsService.compute(facts, DISPUTES, LocalDate.of(2023, 1, 1));

		Gap longest = insights.gaps().get(0);
		assertThat(longest.from().iso()).isEqualTo("2019-12");
		assertThat(longest.to().iso()).isEqualTo("2022-09-21");
		assertThat(longest.years()).isEqualTo(2);
		assertThat(longest.months()).isEqualTo(9);
		assertThat(longest.toId()).isEqualTo(4L);
		assertThat(insights.gaps()).hasSize(2);
		// longest first
		assertThat(insights.gaps()).extracting(g -> g.years() * 12 + g.months())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(insights.sinceLast().from().iso()).isEqualTo("2022-11-13");
		assertThat(insights.sinceLast().months()).isEqualTo(1);
	}

	@Test
	void disputeMentionsPerYear() {
		Insights insights = InsightsService.compute(facts, DISPUTES, LocalDate.of(2023, 1, 1));

		assertThat(insights.disputes()).extracting(Insights.DisputeColumn::slug).containsExactly("wartime-labor");
		assertThat(insights.disputeYears()).extracting(r -> r.cells().get(0).count()).containsExactly(1, 0, 0, 2);
	}

	@Test
	void nothingToShowWithoutEncounters() {
		Insights insights = InsightsService.compute(List.of(), DISPUTES, LocalDate.of(2023, 1, 1));

		assertThat(insights.years()).isEmpty();
		assertThat(insights.sinceLast()).isNull();
	}
}
