package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.diplomatictimeline.domain.FuzzyDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {

	private final DateFinder finder = new DateFinder();

	private final DateResolver resolver = new DateResolver();

	/** 2022-06-30 is a Thursday. */
	private static final LocalDate REF = LocalDate.of(2022, 6, 30);

	private String resolveFirst(String sentence, LocalDate ref) {
		List<DateExpression> found = finder.find(Fixture.sentence(sentence));
		assertThat(found).as(sentence).isNotEmpty();
		FuzzyDate d = resolver.resolve(found.get(0), ref, false);
		return d == null ? null : d.iso();
	}

	@Test
	void explicitDates() {
		assertThat(resolveFirst("They met on Nov. 13, 2022, in Phnom Penh.", null)).isEqualTo("2022-11-13");
		assertThat(resolveFirst("They met on March 16, 2023.", null)).isEqualTo("2023-03-16");
		assertThat(resolveFirst("Sep 4,2019", null)).isEqualTo("2019-09-04");
		assertThat(resolveFirst("Recorded on 2023-03-16 at noon.", null)).isEqualTo("2023-03-16");
		assertThat(resolveFirst("The talks were held in December 2019.", null)).isEqualTo("2019-12");
	}

	@Test
	void weekdaysAreTheLatestOnOrBeforeTheReferenceDate() {
		assertThat(resolveFirst("The leaders spoke briefly Tuesday.", REF)).isEqualTo("2022-06-28");
		assertThat(resolveFirst("The leaders spoke on Thursday.", REF)).isEqualTo("2022-06-30");
		assertThat(resolveFirst("They will meet next Monday.", REF)).isEqualTo("2022-07-04");
	}

	@Test
	void aWeekdayOfLastOrNextWeekIsInThatCalendarWeek() {
		// REF is a Thursday
		assertThat(resolveFirst("The two ministers spoke by phone on Tuesday last week.", REF)).isEqualTo("2022-06-21");
		assertThat(resolveFirst("They talked on Friday of the previous week.", REF)).isEqualTo("2022-06-24");
	}

	@Test
	void aWeekdayAfterThroughOrUntilLiesAhead() {
		assertThat(resolveFirst("The premier stays on for an official visit through Saturday.", REF)).isEqualTo("2022-07-02");
	}

	@Test
	void aWeekdayWithoutReferenceDateHasNoDay() {
		assertThat(resolveFirst("The leaders spoke briefly Tuesday.", null)).isNull();
	}

	@Test
	void aMonthLaterThanTheReferenceMonthIsLastYear() {
		assertThat(resolveFirst("In March, the two spoke by phone.", REF)).isEqualTo("2022-03");
		assertThat(resolveFirst("They met in September.", REF)).isEqualTo("2021-09");
		assertThat(resolveFirst("They met in June last year.", REF)).isEqualTo("2021-06");
	}

	@Test
	void relativeExpressions() {
		assertThat(resolveFirst("The ministers met the previous day.", REF)).isEqualTo("2022-06-29");
		assertThat(resolveFirst("They met earlier this month.", REF)).isEqualTo("2022-06");
		assertThat(resolveFirst("They last met last year.", REF)).isEqualTo("2021");
		assertThat(resolveFirst("They met on the 17th in Seoul.", REF)).isEqualTo("2022-06-17");
		assertThat(resolveFirst("The two met in 2019 in Osaka.", REF)).isEqualTo("2019");
	}

	@Test
	void dayBeforeMonth() {
		assertThat(resolveFirst("The talks took place on 21 June in Madrid.", REF)).isEqualTo("2022-06-21");
		assertThat(resolveFirst("The talks took place on 21 June 2019.", REF)).isEqualTo("2019-06-21");
	}

	@Test
	void sinceMarksAStartingPoint() {
		List<DateExpression> found = finder.find(Fixture.sentence("It was their first meeting since 2019."));
		assertThat(found).singleElement().satisfies(e -> assertThat(e.since()).isTrue());
	}

	@Test
	void mayAsAVerbIsNoMonth() {
		assertThat(finder.find(Fixture.sentence("The ministers May meet again, officials said."))).isEmpty();
		assertThat(finder.find(Fixture.sentence("Yoon took office in May."))).hasSize(1);
	}
}
