package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
}
