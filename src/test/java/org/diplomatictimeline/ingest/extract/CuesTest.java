package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTest {

	@Test
	void durations() {
		assertThat(Cues.durationMinutes("The conversation lasted three to four minutes.")).isEqualTo(4);
		assertThat(Cues.durationMinutes("They held talks for around 10 minutes.")).isEqualTo(10);
		assertThat(Cues.durationMinutes("Both sat for 30-minute talks.")).isEqualTo(30);
		assertThat(Cues.durationMinutes("The meeting lasted about an hour.")).isEqualTo(60);
		assertThat(Cues.durationMinutes("An hour-long summit followed.")).isEqualTo(60);
		assertThat(Cues.durationMinutes("They met twice in 2023.")).isNull();
	}

	@Test
	void plannedAndPastWording() {
		assertThat(Cues.find(Cues.FUTURE, "the leaders are slated to hold talks")).isTrue();
		assertThat(Cues.find(Cues.FUTURE, "a summit to be held later this month")).isTrue();
		assertThat(Cues.find(Cues.FUTURE, "the ministers met and agreed on cooperation")).isFalse();
		assertThat(Cues.find(Cues.CANCELLED, "official talks were canceled due to scheduling")).isTrue();
		assertThat(Cues.find(Cues.BELOW_MINISTER, "a director general-level meeting in Tokyo")).isTrue();
	}

	@Test
	void informalOnlyWhenItDescribesTheMeeting() {
		assertThat(Cues.find(Cues.INFORMAL, "Tokyo described the talks as \"informal.\"")).isTrue();
		assertThat(Cues.find(Cues.INFORMAL, "the two held informal talks")).isTrue();
		assertThat(Cues.find(Cues.INFORMAL, "they later chatted informally over tea")).isFalse();
	}
}
