package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.SourceRole;
import org.junit.jupiter.api.Test;

/** Frames and their grouping into encounters (FrameFinder and EncounterAssembler), on short texts of our own. */
class EncounterExtractionTest {

	private static final String FM = "---\npublished: %s\n---\n";

	private static Extraction extract(String published, String... paragraphs) {
		return Fixture.extract(FM.formatted(published) + Fixture.lines(paragraphs));
	}

	private static List<String> names(ExtractedEncounter e) {
		return e.participants().stream().map(ExtractedParticipant::name).toList();
	}

	@Test
	void oneEncounterFromSeveralSentences() {
		Extraction x = extract("2023-05-07",
				"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit in Seoul on Sunday.",
				"Kishida and Yoon agreed to expand security cooperation.",
				"The talks lasted about 90 minutes.");
		assertThat(x.encounters()).singleElement().satisfies(e -> {
			assertThat(names(e)).containsExactly("Fumio Kishida", "Yoon Suk Yeol");
			assertThat(e.date().iso()).isEqualTo("2023-05-07");
			assertThat(e.city()).isEqualTo("Seoul");
			assertThat(e.country()).isEqualTo("South Korea");
			assertThat(e.kind()).isEqualTo(EncounterKind.SUMMIT);
			assertThat(e.level()).isEqualTo(EncounterLevel.LEADERS);
			assertThat(e.status()).isEqualTo(EncounterStatus.HELD);
			assertThat(e.role()).isEqualTo(SourceRole.MAIN);
			assertThat(e.durationMinutes()).isEqualTo(90);
			assertThat(e.evidence()).hasSize(3);
		});
	}

	@Test
	void briefEncounterAtAGathering() {
		Extraction x = extract("2022-06-29",
				"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol spoke briefly on Tuesday at a dinner on the sidelines of a NATO summit.",
				"The conversation lasted a few minutes, officials said.");
		assertThat(x.encounters()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(EncounterKind.BRIEF_ENCOUNTER);
			assertThat(e.date().iso()).isEqualTo("2022-06-28");
			assertThat(e.city()).isEqualTo("Madrid");
			assertThat(e.occasion()).isEqualTo("NATO summit");
		});
	}

	@Test
	void phoneCallHasNoPlace() {
		Extraction x = extract("2022-03-11",
				"In Tokyo, Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President-elect Yoon Suk Yeol on Friday.");
		assertThat(x.encounters()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(EncounterKind.PHONE_CALL);
			assertThat(e.city()).isNull();
			assertThat(e.participants()).extracting(ExtractedParticipant::office)
				.containsExactly("prime-minister", "president-elect");
		});
	}

	@Test
	void leadersNamedByOfficeAreTheHoldersAtTheDate() {
		Extraction x = extract("2022-06-29", "Kishida and Yoon spoke briefly on Tuesday.",
				"The last time Japanese and South Korean leaders sat down for formal talks was in December 2019.");
		assertThat(x.encounters()).hasSize(2);
		ExtractedEncounter earlier = x.encounters().get(1);
		assertThat(names(earlier)).containsExactly("Shinzo Abe", "Moon Jae-in");
		assertThat(earlier.date().iso()).isEqualTo("2019-12");
		assertThat(earlier.role()).isEqualTo(SourceRole.MENTIONED);
		assertThat(earlier.city()).isEqualTo("Chengdu");
	}

	@Test
	void plannedAndCancelledMeetings() {
		Extraction planned = extract("2019-12-16",
				"Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in are slated to hold talks in Chengdu later this month.");
		assertThat(planned.encounters()).singleElement().satisfies(e -> {
			assertThat(e.status()).isEqualTo(EncounterStatus.PLANNED);
			assertThat(e.date().iso()).isEqualTo("2019-12");
		});
		Extraction cancelled = extract("2021-07-19",
				"South Korean President Moon Jae-in will not travel to Tokyo, scrapping a planned summit with Japanese Prime Minister Yoshihide Suga.");
		assertThat(cancelled.encounters()).singleElement()
			.satisfies(e -> assertThat(e.status()).isEqualTo(EncounterStatus.CANCELLED));
	}

	@Test
	void meetingsBelowMinisterLevelAreNoEncounters() {
		Extraction x = extract("2019-12-16",
				"Japanese and South Korean officials held a director general-level meeting in Tokyo on Monday.");
		assertThat(x.encounters()).isEmpty();
	}

	@Test
	void aThirdCountrysLeaderMakesATrilateralMeetingBesideTheBilateralOne() {
		Extraction x = extract("2023-05-21",
				"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit in Hiroshima on Sunday.",
				"Later on Sunday, the two leaders also met U.S. President Joe Biden for three-way talks.");
		assertThat(x.encounters()).hasSize(2);
		assertThat(x.encounters()).extracting(ExtractedEncounter::kind)
			.containsExactly(EncounterKind.SUMMIT, EncounterKind.TRILATERAL);
		assertThat(x.encounters()).extracting(ExtractedEncounter::role).containsOnly(SourceRole.MAIN);
		assertThat(names(x.encounters().get(1))).contains("Joe Biden");
	}

	@Test
	void twoDaysAfterTheMainEncounter() {
		Extraction x = extract("2022-09-22",
				"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks in New York on Wednesday.",
				"The talks came two days after Japanese Foreign Minister Yoshimasa Hayashi and South Korean Foreign Minister Park Jin met in New York.");
		assertThat(x.encounters()).hasSize(2);
		assertThat(x.encounters().get(1).date().iso()).isEqualTo("2022-09-19");
		assertThat(x.encounters().get(1).level()).isEqualTo(EncounterLevel.FOREIGN_MINISTERS);
	}

	@Test
	void repeatedParagraphsAndRelatedCoverageAddNothing() {
		String lead = "Japanese Foreign Minister Yoshimasa Hayashi and South Korean Foreign Minister Park Jin held talks in Tokyo on Monday.";
		Extraction x = extract("2022-07-18", lead, lead, "Related coverage:",
				"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol to meet in New York");
		assertThat(x.encounters()).singleElement().satisfies(e -> assertThat(e.evidence()).hasSize(1));
	}

	@Test
	void aMultilateralEventOneSideSkippedIsNoEncounter() {
		Extraction x = extract("2022-09-22",
				"Kishida hosted a gathering on nuclear testing in New York, in which Yoon did not participate.");
		assertThat(x.encounters()).isEmpty();
	}

	@Test
	void earlierMeetingsOfThePairByPronounAndByVisit() {
		Extraction x = extract("2023-07-12",
				"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met in Vilnius on Wednesday.",
				"It was their third meeting since their summit in Tokyo in March.",
				"The meeting followed Kishida's visit to Seoul on May 7.");
		assertThat(x.encounters()).extracting(e -> e.date().iso(), ExtractedEncounter::city, ExtractedEncounter::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2023-07-12", "Vilnius", SourceRole.MAIN),
					org.assertj.core.groups.Tuple.tuple("2023-03", "Tokyo", SourceRole.MENTIONED),
					org.assertj.core.groups.Tuple.tuple("2023-05-07", "Seoul", SourceRole.MENTIONED));
	}

	@Test
	void twoMeetingsInOneClauseByPlaceAndDate() {
		Extraction x = extract("2023-07-12",
				"Kishida and Yoon met in Vilnius on Wednesday.",
				"The two had already held summits in Tokyo in March and in Seoul on May 7.");
		assertThat(x.encounters()).extracting(ExtractedEncounter::city).containsExactly("Vilnius", "Tokyo", "Seoul");
	}

	@Test
	void negatedAndFormerAreNoMeetings() {
		Extraction x = extract("2022-07-18",
				"Japanese Foreign Minister Yoshimasa Hayashi met South Korean Foreign Minister Park Jin in Tokyo on Monday.",
				"Park offered condolences over the death of former Prime Minister Shinzo Abe.",
				"Park had not spoken with Hayashi by phone since May.");
		assertThat(x.encounters()).singleElement().satisfies(e -> assertThat(e.role()).isEqualTo(SourceRole.MAIN));
	}

	@Test
	void leadersWhoDidNotMeetAndTheirMinistersWhoCalled() {
		Extraction x = extract("2019-12-16",
				"Prime Minister Shinzo Abe and President Moon Jae-in did not hold talks this month, but their foreign ministers spoke by telephone on Thursday.");
		assertThat(x.encounters()).singleElement().satisfies(e -> {
			assertThat(names(e)).containsExactly("Toshimitsu Motegi", "Kang Kyung-wha");
			assertThat(e.kind()).isEqualTo(EncounterKind.PHONE_CALL);
			assertThat(e.date().iso()).isEqualTo("2019-12-12");
			assertThat(e.occasion()).isNull();
		});
	}

	@Test
	void aPlanAnnouncedOnADayIsDatedByItsOwnDate() {
		Extraction x = extract("2025-09-22",
				"Japanese Prime Minister Shigeru Ishiba will visit Busan next week for talks with South Korean President Lee Jae-myung, officials said Monday.",
				"The two leaders are expected to discuss regional security when they meet on Sept. 30.");
		assertThat(x.encounters()).singleElement().satisfies(e -> {
			assertThat(e.status()).isEqualTo(EncounterStatus.PLANNED);
			assertThat(e.date().iso()).isEqualTo("2025-09-30");
			assertThat(e.role()).isEqualTo(SourceRole.MAIN);
		});
	}

	@Test
	void aReactionInACoordinatedClauseIsNoMeeting() {
		Extraction x = extract("2018-04-28",
				"South Korean President Moon Jae-in and North Korean leader Kim Jong Un held a summit on Friday, and Japanese Prime Minister Shinzo Abe welcomed the outcome.");
		assertThat(x.encounters()).isEmpty();
	}

	@Test
	void aListOfNamesWithAFinalCommaStaysOneMeeting() {
		Extraction x = extract("2023-08-19",
				"Japanese Prime Minister Fumio Kishida, U.S. President Joe Biden, and South Korean President Yoon Suk Yeol met on Friday.");
		assertThat(x.encounters()).singleElement()
			.satisfies(e -> assertThat(e.kind()).isEqualTo(EncounterKind.TRILATERAL));
	}

	@Test
	void aPlanToldInThePastPerfectAfterACancellationIsTheCancelledMainEncounter() {
		Extraction x = Fixture.extract(Fixture.lines("Park cancels Japan trip", "May 10,2023", "By Lee Ji-won",
				"Foreign Minister Park Jin has called off his trip to Japan planned for the weekend.",
				"Park had been scheduled to hold talks with his Japanese counterpart, Yoshimasa Hayashi, in Tokyo on Saturday."));
		assertThat(x.encounters()).singleElement().satisfies(e -> {
			assertThat(e.status()).isEqualTo(EncounterStatus.CANCELLED);
			assertThat(e.role()).isEqualTo(SourceRole.MAIN);
			assertThat(e.date().start()).hasToString("2023-05-13");
		});
	}

	@Test
	void theActorsOfAnEventThatCameBeforeAreNoParticipants() {
		Extraction x = extract("2015-04-23",
				"President Park Geun-hye has called off a planned trip to Tokyo after several Japanese officials, including Foreign Minister Fumio Kishida, visited the shrine.");
		assertThat(x.encounters()).noneSatisfy(e -> assertThat(names(e)).contains("Fumio Kishida"));
	}

	@Test
	void theGuestOfAnotherMeetingLaterThatDayIsNoParticipant() {
		Extraction x = extract("2023-08-18",
				"Prime Minister Fumio Kishida met President Yoon Suk Yeol for an hour in the morning, ahead of a three-way summit with U.S. President Joe Biden.");
		assertThat(x.encounters()).anySatisfy(e -> {
			assertThat(names(e)).containsExactlyInAnyOrder("Fumio Kishida", "Yoon Suk Yeol");
			assertThat(e.kind()).isNotEqualTo(EncounterKind.TRILATERAL);
		});
	}
	@Test
	void aThreeWayGatheringNamesItsParticipantsByOffice() {
		Extraction x = extract("2019-12-24",
				"The leaders of Japan, China and South Korea opened their trilateral summit in the morning, with trade and North Korea on the agenda.",
				"Officials said the meeting lasted two hours.");
		assertThat(x.encounters()).singleElement().satisfies(e -> {
			assertThat(names(e)).containsExactly("Shinzo Abe", "Moon Jae-in", "Li Keqiang");
			assertThat(e.kind()).isEqualTo(EncounterKind.TRILATERAL);
			assertThat(e.date().iso()).isEqualTo("2019-12-24");
			assertThat(e.city()).isEqualTo("Chengdu");
			assertThat(e.status()).isEqualTo(EncounterStatus.HELD);
			assertThat(e.role()).isEqualTo(SourceRole.MAIN);
		});
	}

	@Test
	void aThreeWayGatheringAnnouncedAheadIsPlannedOnItsOwnDate() {
		Extraction x = extract("2019-12-20",
				"China will host a trilateral summit with Japan and South Korea next week, weeks after a tense meeting between other officials in October.");
		assertThat(x.encounters()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(EncounterKind.TRILATERAL);
			assertThat(e.date().iso()).isEqualTo("2019-12-24");
			assertThat(e.status()).isEqualTo(EncounterStatus.PLANNED);
		});
	}

	@Test
	void aPhoneCallOfProtestIsAnEncounter() {
		Extraction x = extract("2023-05-07",
				"Foreign Minister Yoshimasa Hayashi made a protest call to South Korean Foreign Minister Park Jin on Sunday.");
		assertThat(x.encounters()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(EncounterKind.PHONE_CALL);
			assertThat(e.role()).isEqualTo(SourceRole.MAIN);
		});
	}
	@Test
	void aMeetingOnlyConsideredIsNoEncounter() {
		Extraction x = extract("2023-05-07",
				"Prime Minister Fumio Kishida is contemplating holding talks with President Yoon Suk Yeol in Seoul later this year, officials said.");
		assertThat(x.encounters()).isEmpty();
	}
	@Test
	void theDayAfterSaidDatesTheAnnouncementNotTheMeeting() {
		Extraction x = extract("2023-05-08",
				"Foreign Minister Yoshimasa Hayashi and Foreign Minister Park Jin have held talks in Seoul, the ministry said Monday.",
				"The two ministers met on Sunday on the fringe of the leaders' summit.");
		assertThat(x.encounters()).singleElement().satisfies(e -> assertThat(e.date().iso()).isEqualTo("2023-05-07"));
	}

	@Test
	void viceForeignMinistersAreNoPairOfForeignMinisters() {
		Extraction x = extract("2023-05-08",
				"Vice foreign ministers of Japan and South Korea met in Tokyo on Monday to prepare for the next summit.");
		assertThat(x.encounters()).isEmpty();
	}
}
