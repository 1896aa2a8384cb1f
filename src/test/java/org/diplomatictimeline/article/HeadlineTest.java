package org.diplomatictimeline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {

	@Test
	void aShortFirstLineIsTheHeadline() {
		assertThat(Headline.of("\nJapan, S. Korea leaders affirm need to restore ties\n\nTOKYO, Sept. 22 -- The leaders..."))
			.isEqualTo("Japan, S. Korea leaders affirm need to restore ties");
	}

	@Test
	void otherwiseTheFirstSentenceCutAtAWord() {
		String body = "Foreign ministers of Japan and South Korea reaffirmed the importance of solving a bilateral "
				+ "dispute over wartime labor compensation when they briefly met in Madrid on Sunday evening, a senior "
				+ "Japanese official said. Toshimitsu Motegi and Kang Kyung Wha held talks.";

		String headline = Headline.of(body);

		assertThat(headline).startsWith("Foreign ministers of Japan and South Korea reaffirmed").endsWith("…");
		assertThat(headline.length()).isLessThanOrEqualTo(Headline.MAX_SENTENCE + 1);
		assertThat(Headline.of("Kishida met Yoon. They talked.")).isEqualTo("Kishida met Yoon.");
	}

	@Test
	void blankGivesNothing() {
		assertThat(Headline.of("  \n ")).isNull();
		assertThat(Headline.of(null)).isNull();
	}
}
