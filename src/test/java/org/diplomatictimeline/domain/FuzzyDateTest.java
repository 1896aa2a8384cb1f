package org.diplomatictimeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FuzzyDateTest {

	@Test
	void keepsTheIsoFormOfEachPrecision() {
		assertThat(FuzzyDate.parse("2022-06-28").iso()).isEqualTo("2022-06-28");
		assertThat(FuzzyDate.parse("2019-12").iso()).isEqualTo("2019-12");
		assertThat(FuzzyDate.parse("2019").iso()).isEqualTo("2019");
		assertThat(FuzzyDate.parse("2019-12").precision()).isEqualTo(DatePrecision.MONTH);
	}

	@Test
	void normalisesTheStartOfCoarseDates() {
		FuzzyDate month = new FuzzyDate(LocalDate.of(2019, 12, 24), DatePrecision.MONTH);
		assertThat(month.start()).isEqualTo(LocalDate.of(2019, 12, 1));
		assertThat(month.end()).isEqualTo(LocalDate.of(2019, 12, 31));
		assertThat(FuzzyDate.year(2024).end()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void overlapsWhenOnePeriodContainsTheOther() {
		FuzzyDate december = FuzzyDate.parse("2019-12");
		assertThat(december.overlaps(FuzzyDate.parse("2019-12-24"))).isTrue();
		assertThat(FuzzyDate.parse("2019-12-24").overlaps(december)).isTrue();
		assertThat(december.overlaps(FuzzyDate.parse("2020-01-01"))).isFalse();
		assertThat(FuzzyDate.parse("2022-09-19").overlaps(FuzzyDate.parse("2022-09-21"))).isFalse();
	}

	@Test
	void ordersByStartThenPrecision() {
		assertThat(FuzzyDate.parse("2019-12").compareTo(FuzzyDate.parse("2019-12-01"))).isPositive();
		assertThat(FuzzyDate.parse("2019-11-30").compareTo(FuzzyDate.parse("2019-12"))).isNegative();
	}

	@Test
	void rejectsMalformedText() {
		assertThatThrownBy(() -> FuzzyDate.parse("2019-13")).isInstanceOf(RuntimeException.class);
	}
}
