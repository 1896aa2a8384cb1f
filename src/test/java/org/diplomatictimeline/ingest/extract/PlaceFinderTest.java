package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceFinderTest {

	private final PlaceFinder finder = new PlaceFinder(Fixture.reference());

	@Test
	void citiesByNameAndAlias() {
		assertThat(finder.find(Fixture.sentence("They met in the Cambodian capital of Phnom Penh.")))
			.extracting(PlaceMention::city)
			.containsExactly("Phnom Penh");
		assertThat(finder.find(Fixture.sentence("The ministers flew from Pusan to New York City.")))
			.extracting(PlaceMention::city, PlaceMention::country)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Busan", "South Korea"),
					org.assertj.core.groups.Tuple.tuple("New York", "United States"));
	}

	@Test
	void aCapitalDescribedByItsCountry() {
		assertThat(finder.find(Fixture.sentence("They held talks before dinner in the Spanish capital.")))
			.extracting(PlaceMention::city)
			.containsExactly("Madrid");
	}

	@Test
	void lowerCaseWordsAreNoPlace() {
		assertThat(finder.find(Fixture.sentence("The summit in seoul style was brief."))).isEmpty();
	}

	@Test
	void datelines() {
		assertThat(finder.dateline(Fixture.sentence("SEOUL, Nov. 2 (Yonhap) -- The leaders met.")).city()).isEqualTo("Seoul");
		assertThat(finder.dateline(Fixture.sentence("NEW YORK — The leaders met.")).city()).isEqualTo("New York");
		assertThat(finder.dateline(Fixture.sentence("JEJU, South Korea, July 21 (Wire) -- Talks began.")))
			.extracting(PlaceMention::city, PlaceMention::country)
			.containsExactly("Jeju", "South Korea");
		assertThat(finder.dateline(Fixture.sentence("Seoul, Nov. 2 (Yonhap) -- The leaders met.")).city()).isEqualTo("Seoul");
		assertThat(finder.dateline(Fixture.sentence("HANOI, Vietnam--The two ministers met on Friday.")).city()).isEqualTo("Hanoi");
		assertThat(finder.dateline(Fixture.sentence("The leaders met in Seoul."))).isNull();
		assertThat(finder.dateline(Fixture.sentence("Kishida - who arrived late - met Yoon."))).isNull();
	}

	@Test
	void aCityInThePossessiveIsNoPlaceUnlessALocativeComesFirst() {
		assertThat(finder.find(Fixture.sentence("They agreed on more flights to Seoul's Gimpo airport."))).isEmpty();
		assertThat(finder.find(Fixture.sentence("Travellers now fly between Narita and Seoul airports."))).isEmpty();
		assertThat(finder.find(Fixture.sentence("They talked over dinner at Tokyo's Akasaka guest house.")))
			.extracting(PlaceMention::city).containsExactly("Tokyo");
	}

	@Test
	void aCapitalStandingForItsGovernmentIsNoPlace() {
		assertThat(finder.find(Fixture.sentence("The rulings, which Tokyo says violate the 1965 treaty, strained ties."))).isEmpty();
		assertThat(finder.find(Fixture.sentence("Relations between Tokyo and Seoul improved."))).isEmpty();
		assertThat(finder.find(Fixture.sentence("The leaders met in Tokyo on Monday."))).hasSize(1);
	}
}
