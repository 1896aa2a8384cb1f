package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.diplomatictimeline.domain.EncounterLevel;
import org.junit.jupiter.api.Test;

class GenericReferenceFinderTest {

	private final GenericReferenceFinder finder = new GenericReferenceFinder(Fixture.reference());

	private List<GenericReference> find(String sentence) {
		return finder.find(Fixture.sentence(sentence));
	}

	@Test
	void thePairNamedByOffice() {
		assertThat(find("The last time Japanese and South Korean leaders sat down for talks was in 2019."))
			.singleElement()
			.satisfies(g -> assertThat(g.level()).isEqualTo(EncounterLevel.LEADERS));
		assertThat(find("Foreign ministers of Japan and South Korea met in Madrid."))
			.singleElement()
			.satisfies(g -> assertThat(g.level()).isEqualTo(EncounterLevel.FOREIGN_MINISTERS));
		assertThat(find("The two leaders agreed to meet again.")).hasSize(1);
		assertThat(find("A Japan-South Korea summit was held in Seoul.")).hasSize(1);
	}

	@Test
	void betweenLeadersOnlyWhenBothCountriesAreNamed() {
		assertThat(find("Japan and South Korea last organized a formal meeting between leaders in 2019.")).hasSize(1);
		assertThat(find("There was no meeting between leaders last year.")).isEmpty();
	}

	@Test
	void threeCountriesAndNorthKorea() {
		assertThat(find("The leaders of South Korea, Japan and China met in Seoul."))
			.singleElement()
			.satisfies(g -> assertThat(g.three()).isTrue());
		assertThat(find("North Korean and Japanese leaders have never met.")).isEmpty();
	}
}
