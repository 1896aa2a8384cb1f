package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

	@Test
	void keepsOffsetsIntoTheBody() {
		String body = Fixture.lines("The two ministers met in Tokyo on Nov. 13, 2022. They talked for an hour.",
				"A second paragraph follows.");
		List<Sentence> sentences = Fixture.sentences(body);
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("The two ministers met in Tokyo on Nov. 13, 2022.", "They talked for an hour.",
					"A second paragraph follows.");
		for (Sentence s : sentences) {
			assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
		}
		assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
	}

	@Test
	void doesNotBreakAfterAbbreviationsBeforeTitles() {
		List<Sentence> sentences = Fixture.sentences("Later, the two leaders met U.S. President Joe Biden in Hiroshima.\n");
		assertThat(sentences).hasSize(1);
	}

	@Test
	void marksPhotoCaptions() {
		List<Sentence> sentences = Fixture.sentences(Fixture.lines("The leaders met on Sunday.",
				"(Japanese Prime Minister Fumio Kishida (R) and South Korean President Yoon Suk Yeol shake hands in Seoul on May 7, 2023.)",
				"Prime Minister Fumio Kishida (L) meets President Yoon Suk Yeol. (Photo courtesy of the Cabinet Office)"));
		assertThat(sentences.get(0).caption()).isFalse();
		assertThat(sentences.get(1).caption()).isTrue();
		assertThat(sentences.get(1).text()).startsWith("Japanese Prime Minister").endsWith("2023.");
		assertThat(sentences.get(2).caption()).isTrue();
	}

	@Test
	void relatedCoverageTailIsNotContent() {
		List<Sentence> sentences = Fixture.sentences(Fixture.lines("The ministers met in Seoul.", "Related coverage:",
				"Japan and South Korea discuss comfort women issue"));
		assertThat(sentences.get(0).content()).isTrue();
		assertThat(sentences.get(1).content()).isFalse();
		assertThat(sentences.get(2).usable()).isFalse();
	}

	@Test
	void mostReadAndTrendingListsAreNotContent() {
		for (String heading : List.of("Most read", "Most Viewed", "Trending now", "Top stories")) {
			List<Sentence> sentences = Fixture.sentences(Fixture.lines("The foreign ministers met in Hanoi.", heading,
					"1. Seoul lodges protest over island claim in defense paper"));
			assertThat(sentences.get(0).content()).isTrue();
			assertThat(sentences.get(2).usable()).as(heading).isFalse();
		}
	}

	@Test
	void repeatedParagraphIsMarkedDuplicate() {
		String paragraph = "The two foreign ministers agreed to meet again before the end of the year.";
		List<Sentence> sentences = Fixture.sentences(Fixture.lines(paragraph, "Something else happened.", paragraph));
		assertThat(sentences).extracting(Sentence::duplicate).containsExactly(false, false, true);
	}

	@Test
	void anInlineReadMoreHeadlineIsNotContent() {
		List<Sentence> sentences = Fixture.sentences(Fixture.lines("The leaders met in Tokyo.",
				"READ MORE: Kishida and Yoon to meet again at the G7 summit in Hiroshima next month"));
		assertThat(sentences.get(1).content()).isFalse();
	}
	@Test
	void hardWrappedCopyIsReadParagraphByParagraph() {
		String body = String.join("\n",
				"Ministers agree to meet again",
				"TOKYO, June 3 (Kyodo) -- The foreign ministers of Japan and South Korea met",
				"in Tokyo on Monday and agreed to keep talking about the export rules that",
				"have strained trade between the two neighbours since last year.",
				"",
				"The talks lasted about ninety minutes, officials of both ministries said, and",
				"ended with a short joint appearance before reporters.",
				"",
				"They plan to meet again in Seoul before the end of the year to follow up on",
				"the work of the customs and trade officials who have met four times since",
				"March.", "");
		List<Sentence> sentences = Fixture.sentences(body);
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("Ministers agree to meet again",
					"TOKYO, June 3 (Kyodo) -- The foreign ministers of Japan and South Korea met in Tokyo on Monday and agreed to keep talking about the export rules that have strained trade between the two neighbours since last year.",
					"The talks lasted about ninety minutes, officials of both ministries said, and ended with a short joint appearance before reporters.",
					"They plan to meet again in Seoul before the end of the year to follow up on the work of the customs and trade officials who have met four times since March.");
		assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 2, 3);
		for (Sentence s : sentences) {
			assertThat(body.substring(s.start(), s.end()).replace('\n', ' ')).isEqualTo(s.text());
		}
	}

	@Test
	void linesOfOrdinaryCopyStayParagraphs() {
		List<Sentence> sentences = Fixture.sentences(String.join("\n", "Leaders to meet in Seoul",
				"The two leaders will meet in Seoul next week, the presidential office said on Friday.",
				"They last met in May.", ""));
		assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 2);
	}

	@Test
	void anAgencyDatelineIsNoPhotoCredit() {
		List<Sentence> sentences = Fixture.sentences(Fixture.lines(
				"SEOUL, Feb. 11 (Yonhap) -- The foreign ministers of the two countries met on Thursday.",
				"TOKYO (Kyodo) The defense ministers of the two countries met on Friday.",
				"The two ministers shake hands before their talks in Seoul on Feb. 11. (Yonhap)"));
		assertThat(sentences).filteredOn(x -> x.paragraph() < 2).extracting(Sentence::caption).containsOnly(false);
		assertThat(sentences).filteredOn(x -> x.paragraph() == 2).extracting(Sentence::caption).containsOnly(true);
	}

	@Test
	void aPhotoDescribedByItsOpeningWordsIsACaption() {
		List<Sentence> sentences = Fixture.sentences(Fixture.lines(
				"This photo, provided by the foreign ministry, shows the two ministers shaking hands in Lima.",
				"The two ministers met in Lima on Thursday."));
		assertThat(sentences.get(0).caption()).isTrue();
		assertThat(sentences.get(1).caption()).isFalse();
	}
}
