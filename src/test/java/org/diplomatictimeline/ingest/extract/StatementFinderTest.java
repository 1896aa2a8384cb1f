package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.domain.StatementKind;
import org.junit.jupiter.api.Test;

class StatementFinderTest {

	private static Extraction extract(String... paragraphs) {
		return Fixture.extract("---\npublished: 2023-03-16\n---\n" + Fixture.lines(paragraphs));
	}

	@Test
	void quoteWithTheSpeakerAfterIt() {
		Extraction x = extract(
				"\"We will open a new chapter in relations between our two countries,\" Kishida told reporters after meeting Yoon.");
		assertThat(x.statements()).singleElement().satisfies(s -> {
			assertThat(s.kind()).isEqualTo(StatementKind.QUOTE);
			assertThat(s.speaker().name()).isEqualTo("Fumio Kishida");
			assertThat(s.text()).startsWith("We will open a new chapter");
			assertThat(s.encounterIndex()).isEqualTo(0);
		});
	}

	@Test
	void pronounSpeakerIsTheOfficialJustNamed() {
		Extraction x = extract("President Yoon Suk Yeol arrived in Tokyo on Thursday.",
				"\"This visit is the beginning of a new era for our two countries,\" he said on arrival.");
		assertThat(x.statements()).singleElement()
			.satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Yoon Suk Yeol"));
	}

	@Test
	void aQuoteOverTwoParagraphsIsOneStatement() {
		Extraction x = extract("\"Relations had been frozen for too long,\" Yoon told a news conference. \"Both sides had to move.",
				"\"We should now look to the future together.\"");
		assertThat(x.statements()).singleElement().satisfies(s -> {
			assertThat(s.text()).contains("frozen").contains("look to the future");
		});
	}

	@Test
	void reportedSpeechThroughAMinistry() {
		Extraction x = extract(
				"Park Jin called for swift progress on the labor issue, according to the South Korean Foreign Ministry.");
		assertThat(x.statements()).singleElement().satisfies(s -> {
			assertThat(s.kind()).isEqualTo(StatementKind.REPORTED);
			assertThat(s.speaker().name()).isEqualTo("Park Jin");
			assertThat(s.via()).isEqualTo("South Korean Foreign Ministry");
		});
	}

	@Test
	void quotedAsTelling() {
		Extraction x = extract(
				"South Korea's presidential office quoted Yoon as telling Kishida that he wants to resolve pending issues quickly.");
		assertThat(x.statements()).singleElement().satisfies(s -> {
			assertThat(s.speaker().name()).isEqualTo("Yoon Suk Yeol");
			assertThat(s.via()).isEqualTo("South Korean presidential office");
		});
	}

	@Test
	void scareQuotesInsideReportedSpeechAreNoSeparateQuote() {
		Extraction x = extract(
				"Kishida told Yoon that ties were in an \"extremely severe\" state, the Japanese Foreign Ministry said.");
		assertThat(x.statements()).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(StatementKind.REPORTED));
	}

	@Test
	void aRepeatedParagraphDoesNotDoubleAStatement() {
		String quote = "\"We agreed to resume shuttle diplomacy,\" Kishida said at a joint news conference.";
		Extraction x = extract(quote, quote);
		assertThat(x.statements()).hasSize(1);
	}

	@Test
	void aSpokespersonIsTheSpeakerOfAQuote() {
		Extraction x = extract("Presidential spokeswoman Kim Eun-hye briefed reporters on the summit with Kishida.",
				"\"The two leaders agreed that shuttle diplomacy should continue,\" Kim said.");
		assertThat(x.statements()).singleElement().satisfies(s -> {
			assertThat(s.speaker().name()).isEqualTo("Kim Eun-hye");
			assertThat(s.speaker().inReference()).isFalse();
			assertThat(s.speaker().country()).isEqualTo("KR");
		});
	}

	@Test
	void aFollowingHeSaidContinuesTheStatementButAlsoSaidStartsANewOne() {
		Extraction x = extract("Kishida told reporters that relations were improving.",
				"He said he would visit Seoul again.", "Kishida also said Japan would ease export controls.");
		assertThat(x.statements()).hasSize(2);
	}

	@Test
	void aJointOutcomeToldByOneSideIsNoStatementOfHis() {
		Extraction x = extract("Kishida said he and Yoon agreed to resume shuttle diplomacy.",
				"Kishida said Japan would ease its export controls.");
		assertThat(x.statements()).singleElement()
			.satisfies(s -> assertThat(s.text()).startsWith("Kishida said Japan would ease"));
	}

	@Test
	void aQuoteOverThreeParagraphsWithALateAttributionIsOneStatement() {
		Extraction x = extract("\"Today marks a new start,\" President Yoon Suk Yeol said after his talks with Kishida.",
				"\"We agreed to resume shuttle diplomacy. We will meet again soon.", "\"Both sides must now show results,\" he added.");
		assertThat(x.statements()).singleElement().satisfies(s -> {
			assertThat(s.speaker().name()).isEqualTo("Yoon Suk Yeol");
			assertThat(s.text()).contains("new start").contains("shuttle diplomacy").contains("show results");
		});
	}

	@Test
	void aThirdCountrysOfficialIsNoSpeaker() {
		Extraction x = extract("Kishida and Yoon met U.S. President Joe Biden on the sidelines in Tokyo.",
				"Biden said the three partners would stand together against any threat.",
				"\"Our cooperation has never been more important than it is today,\" Biden told reporters.",
				"Yoon said the meeting showed how far the neighbours had come.");
		assertThat(x.statements()).singleElement()
			.satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Yoon Suk Yeol"));
	}

	@Test
	void aSpeakerNamedOnlyByTitleIsTheHolderOfThatOffice() {
		Extraction x = Fixture.extract("---\npublished: 2014-05-20\n---\n" + Fixture.lines(
				"Prime Minister Shinzo Abe sent an offering to the shrine but stayed away.",
				"Japan's top government spokesman sought to calm the row.",
				"He said the visits had been made in a private capacity and should not be linked to diplomacy."));
		assertThat(x.statements()).singleElement().satisfies(s -> {
			assertThat(s.speaker().name()).isEqualTo("Yoshihide Suga");
			assertThat(s.speaker().office()).isEqualTo("chief-cabinet-secretary");
		});
	}

	@Test
	void aTitleBeforeANameOrOfAFormerHolderIsNoTitleSpeaker() {
		Extraction x = Fixture.extract("---\npublished: 2014-05-20\n---\n" + Fixture.lines(
				"A former Japanese foreign minister said the two governments should talk more often."));
		assertThat(x.statements()).isEmpty();
	}

	@Test
	void quotedWordsAfterCalledOrBeforeAClosingAttributionAreAQuote() {
		Extraction x = extract("Kishida called the talks \"frank and useful\" despite the differences.",
				"The accord remains \"the cornerstone of our ties\" in the region, Yoon was quoted as saying by an aide.");
		assertThat(x.statements()).extracting(s -> s.speaker().name(), ExtractedStatement::kind, ExtractedStatement::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Fumio Kishida", StatementKind.QUOTE, "frank and useful"),
					org.assertj.core.groups.Tuple.tuple("Yoon Suk Yeol", StatementKind.QUOTE, "the cornerstone of our ties"));
	}
}
