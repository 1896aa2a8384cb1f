package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.domain.SourceRole;
import org.junit.jupiter.api.Test;

class DisputeClassifierTest {

	private final DisputeClassifier classifier = new DisputeClassifier(Fixture.reference());

	@Test
	void keywordsOnWordBoundariesInAnyCase() {
		assertThat(classifier.topics(Fixture.sentence("They discussed Wartime Labor and the Dokdo islets.")))
			.containsExactly("wartime-labor", "takeshima-dokdo");
		assertThat(classifier.topics(Fixture.sentence("The Takeshimas were not mentioned in the laboratory."))).isEmpty();
	}

	@Test
	void articleTopicsLeaveOutTheRelatedCoverageTail() {
		Extraction x = Fixture.extract(Fixture.lines("The ministers discussed export controls.", "Related coverage:",
				"Seoul protests Rising Sun flag at Olympics"));
		assertThat(x.disputes()).containsExactly("export-controls");
	}

	@Test
	void aBilateralMainEncounterTakesTheArticlesTopicsAndARecalledOneOnlyItsOwn() {
		Extraction x = Fixture.extract(Fixture.lines(
				"Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in met in Tokyo on Monday, May 14, 2018.",
				"The talks came as ties remain strained over wartime labor.",
				"Tokyo also urged Seoul to respect the 2015 agreement on comfort women.",
				"Abe and Moon last met in Hamburg in July 2017, when they discussed the Dokdo islets."));
		ExtractedEncounter main = x.encounters().stream().filter(e -> e.role() == SourceRole.MAIN).findFirst().orElseThrow();
		assertThat(main.disputes()).contains("wartime-labor", "comfort-women");
		x.encounters().stream().filter(e -> e.role() == SourceRole.MENTIONED).forEach(
				recalled -> assertThat(recalled.disputes()).doesNotContain("comfort-women"));
	}
}
