package org.diplomatictimeline.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.diplomatictimeline.encounter.OutcomeLine.Sentence;
import org.junit.jupiter.api.Test;

/** Sentences from the commissioned seed articles. */
class OutcomeLineTest {

	private static final List<String> KISHIDA_YOON = List.of("Fumio Kishida", "Yoon Suk Yeol");

	@Test
	void theOutcomeClauseFromTheVerbOnWithoutTheDay() {
		assertThat(OutcomeLine.line("The leaders of Japan and South Korea agreed Wednesday to restore sound bilateral "
				+ "relations, with ties having deteriorated for around three years to the worst level in decades over "
				+ "wartime labor and territorial issues.", null))
			.isEqualTo("Agreed to restore sound bilateral relations");
	}

	@Test
	void theCircumstancesAndTheAttributionAreCutOff() {
		assertThat(OutcomeLine.line("Foreign ministers of Japan and South Korea reaffirmed the importance of solving a "
				+ "bilateral dispute over wartime labor compensation when they briefly met in Madrid on Sunday evening, "
				+ "a senior Japanese official said.", null))
			.isEqualTo("Reaffirmed the importance of solving a bilateral dispute over wartime labor compensation");
		assertThat(OutcomeLine.line("NEW YORK — Prime Minister Fumio Kishida and South Korean President Yoon Suk-yeol "
				+ "affirmed the need to restore Japan-South Korea relations by resolving wartime labor issues among other "
				+ "matters during a meeting in New York on the sidelines of the U.N. General Assembly.", null))
			.isEqualTo("Affirmed the need to restore Japan-South Korea relations by resolving wartime labor issues "
					+ "among other matters");
	}

	@Test
	void aLongRelativeClauseIsLeftOutButAShortOneStays() {
		assertThat(OutcomeLine.line("Japanese Prime Minister Fumio Kishida said Sunday he and South Korean President "
				+ "Yoon Suk Yeol agreed to work for an early settlement of wartime labor issues that brought down "
				+ "bilateral ties to arguably their lowest point in decades.", null))
			.isEqualTo("Agreed to work for an early settlement of wartime labor issues");
		assertThat(OutcomeLine.line("Motegi and Kang also confirmed that they will separately lay the groundwork for a "
				+ "summit.", null))
			.isEqualTo("Confirmed that they will separately lay the groundwork for a summit");
	}

	@Test
	void aSentenceWithoutAnOutcomeGivesNothing() {
		assertThat(OutcomeLine.line("Japanese Prime Minister Fumio Kishida (R) and South Korean President Yoon Suk Yeol "
				+ "shake hands as they meet in New York on Sept. 21, 2022.", null))
			.isNull();
		assertThat(OutcomeLine.line("\"We agreed to meet again,\" he told reporters.", null)).isNull();
	}

	@Test
	void mainReportsFirstAndAMentionOnlyWhenItNamesAParticipantBeforeTheVerb() {
		Sentence aboutTheLeadersMeeting = new Sentence(
				"The two ministers agreed to prepare for their next meeting in Chengdu when their leaders meet.", false);
		Sentence byName = new Sentence("Kishida and Yoon agreed to continue communicating at the level of senior "
				+ "diplomats, the ministry said.", false);
		Sentence main = new Sentence("Kishida and Yoon condemned North Korea's repeated launching of ballistic "
				+ "missiles.", true);

		assertThat(OutcomeLine.of(List.of(aboutTheLeadersMeeting), KISHIDA_YOON)).isNull();
		assertThat(OutcomeLine.of(List.of(aboutTheLeadersMeeting, byName), KISHIDA_YOON))
			.isEqualTo("Agreed to continue communicating at the level of senior diplomats");
		assertThat(OutcomeLine.of(List.of(main, byName), KISHIDA_YOON))
			.isEqualTo("Condemned North Korea's repeated launching of ballistic missiles");
		assertThat(OutcomeLine.of(List.of(), KISHIDA_YOON)).isNull();
	}

	@Test
	void aVeryLongClauseIsCutAtAWord() {
		String line = OutcomeLine.line("Both sides agreed to " + "expand exchanges of students and young people ".repeat(6)
				+ "in the coming years.", null);

		assertThat(line).startsWith("Agreed to expand exchanges").endsWith("…");
		assertThat(line.length()).isLessThanOrEqualTo(OutcomeLine.MAX_LENGTH + 1);
	}
}
