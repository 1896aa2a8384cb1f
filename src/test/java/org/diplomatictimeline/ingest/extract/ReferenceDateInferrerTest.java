package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReferenceDateInferrerTest {

	@Test
	void frontMatterDateWins() {
		Extraction x = Fixture.extract("---\ntitle: t\npublished: 2023-05-08\n---\nSEOUL, May 7 (Wire) -- Kishida met Yoon on Sunday.\n");
		assertThat(x.referenceDate()).isEqualTo(LocalDate.of(2023, 5, 8));
	}

	@Test
	void dateInTheUrl() {
		Extraction x = Fixture.extract("---\nurl: https://example.org/news/20230507-summit\n---\nKishida met Yoon on Sunday.\n");
		assertThat(x.referenceDate()).isEqualTo(LocalDate.of(2023, 5, 7));
	}

	@Test
	void datedDateline() {
		Extraction x = Fixture.extract("SEOUL, May 7, 2023 (Wire) -- Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol on Sunday.\n");
		assertThat(x.referenceDate()).isEqualTo(LocalDate.of(2023, 5, 7));
	}

	@Test
	void inferredFromTheGatheringTheTermsAndTheWeekday() {
		// Kishida and Yoon both in office only from May 2022; the NATO summit in Madrid that year ran June 28-30
		Extraction x = Fixture.extract(Fixture.lines(
				"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol spoke briefly Tuesday in Madrid.",
				"Their conversation took place on the sidelines of a NATO summit."));
		assertThat(x.referenceDate()).isEqualTo(LocalDate.of(2022, 6, 28));
	}

	@Test
	void movedForwardWhenLaterWeekdaysOnlyFitALaterDay() {
		Extraction x = Fixture.extract(Fixture.lines(
				"Japanese Foreign Minister Toshimitsu Motegi and South Korean Foreign Minister Kang Kyung-wha met on Sunday in Madrid on the sidelines of the Asia-Europe Meeting.",
				"Chief Cabinet Secretary Yoshihide Suga told reporters on Monday that Japan's position had not changed."));
		assertThat(x.referenceDate()).isEqualTo(LocalDate.of(2019, 12, 16));
		assertThat(x.encounters()).singleElement().satisfies(e -> assertThat(e.date().iso()).isEqualTo("2019-12-15"));
	}

	@Test
	void latestExplicitDate() {
		Extraction x = Fixture.extract(Fixture.lines("Kishida and Yoon held talks on Tuesday.",
				"(Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol meet in Tokyo on March 16, 2023.)"));
		assertThat(x.referenceDate()).isEqualTo(LocalDate.of(2023, 3, 16));
	}

	@Test
	void noCluesNoReferenceDate() {
		Extraction x = Fixture.extract("The two leaders spoke on Tuesday.\n");
		assertThat(x.referenceDate()).isNull();
	}

	@Test
	void theGatheringOfTheLeadPicksTheYearOfADatelineWithoutOne() {
		// Kishida and Yoon were both in office on Sept. 7 of 2022, 2023 and 2024; the ASEAN summits of the
		// fixture met in November 2022 only, so the dateline's year is the one the weekday fits exactly
		Extraction x = Fixture.extract("SEOUL, Sept. 7 (Wire) -- Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met on Wednesday.\n");
		assertThat(x.referenceDate()).isEqualTo(LocalDate.of(2022, 9, 7));
	}
}
