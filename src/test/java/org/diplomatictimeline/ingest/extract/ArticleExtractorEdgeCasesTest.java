package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleExtractorEdgeCasesTest {

	@Test
	void emptyAndBlankTexts() {
		for (String text : new String[] { "", "   \n\n  ", "---\ntitle: Only a title\n---\n", "\uFEFF" }) {
			Extraction x = Fixture.extract(text);
			assertThat(x.encounters()).isEmpty();
			assertThat(x.statements()).isEmpty();
			assertThat(x.disputes()).isEmpty();
		}
	}

	@Test
	void textWithoutLineBreaksOrSentenceEnds() {
		Extraction x = Fixture.extract("Kishida and Yoon met in Seoul on May 7, 2023 and agreed to cooperate");
		assertThat(x.encounters()).singleElement().satisfies(e -> assertThat(e.date().iso()).isEqualTo("2023-05-07"));
	}

	@Test
	void evidenceSpansPointIntoTheBody() {
		Extraction x = Fixture.extract("---\ntitle: t\npublished: 2023-05-08\n---\n"
				+ "SEOUL -- Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit on Sunday.\n");
		assertThat(x.body()).startsWith("SEOUL");
		ExtractedEncounter e = x.encounters().get(0);
		assertThat(e.evidence().get(0).of(x.body())).startsWith("SEOUL -- Japanese Prime Minister");
		assertThat(e.city()).isEqualTo("Seoul");
	}
}
