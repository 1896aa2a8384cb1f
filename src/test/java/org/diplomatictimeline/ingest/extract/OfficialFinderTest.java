package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class OfficialFinderTest {

	private final OfficialFinder finder = new OfficialFinder(Fixture.reference(), new NameIndex(Fixture.reference()));

	private List<OfficialMention> find(String body, LocalDate ref) {
		return finder.find(Fixture.sentences(body), ref);
	}

	@Test
	void recognisesNameVariants() {
		List<OfficialMention> found = find(Fixture.lines("Yoon Suk-yeol greeted Kishida Fumio.",
				"Yun Suk-yeol and Moon Jae In spoke.", "Moon Jaein left early."), null);
		assertThat(found).extracting(OfficialMention::personId)
			.containsExactly("yoon-suk-yeol", "fumio-kishida", "yoon-suk-yeol", "moon-jae-in", "moon-jae-in");
	}

	@Test
	void bareFamilyNameFollowsTheFullNameWrittenEarlier() {
		List<OfficialMention> found = find(
				Fixture.lines("South Korean Foreign Minister Park Jin arrived in Tokyo.", "Park said he was hopeful."),
				LocalDate.of(2022, 7, 18));
		assertThat(found).extracting(OfficialMention::personId).containsExactly("park-jin", "park-jin");
		assertThat(found.get(1).bare()).isTrue();
	}

	@Test
	void bareFamilyNameWithoutAntecedentNeedsAUniqueHolderOnTheReferenceDate() {
		String body = Fixture.lines("Park spoke to reporters.");
		assertThat(find(body, null)).isEmpty();
		assertThat(find(body, LocalDate.of(2015, 11, 2))).extracting(OfficialMention::personId)
			.containsExactly("park-geun-hye");
	}

	@Test
	void aLongerDifferentNameIsSomeoneElse() {
		List<OfficialMention> found = find(Fixture.lines("President Moon Jae-in was away.",
				"Moon Hee-sang, the speaker of parliament, proposed a bill."), null);
		assertThat(found).hasSize(1);
		assertThat(found.get(0).start()).isEqualTo("President ".length());
	}

	@Test
	void readsTheOfficeWrittenBeforeTheName() {
		List<OfficialMention> found = find(
				Fixture.lines("Japanese Foreign Minister Yoshimasa Hayashi and his South Korean counterpart Park Jin met."),
				null);
		assertThat(found).extracting(OfficialMention::statedOffice).containsExactly("foreign-minister", "foreign-minister");
	}

	@Test
	void anOfficialMissingFromTheDataIsKnownByCountryAndTitle() {
		List<OfficialMention> found = find(Fixture.lines("South Korean Foreign Minister Cho Tae-yul arrived on Monday."),
				null);
		assertThat(found).singleElement().satisfies(m -> {
			assertThat(m.personId()).isEqualTo("cho-tae-yul");
			assertThat(m.name()).isEqualTo("Cho Tae-yul");
			assertThat(m.country()).isEqualTo("KR");
			assertThat(m.statedOffice()).isEqualTo("foreign-minister");
			assertThat(m.inReference()).isFalse();
		});
	}

	@Test
	void aNameUsedForAnAdministrationIsNoPerson() {
		assertThat(find(Fixture.lines("Officials of the Biden administration welcomed the talks."), null)).isEmpty();
	}

	@Test
	void officeHeldOnADay() {
		assertThat(OfficialFinder.officeOn(Fixture.reference(), "yoon-suk-yeol", LocalDate.of(2022, 3, 15), null))
			.isEqualTo("president-elect");
		assertThat(OfficialFinder.officeOn(Fixture.reference(), "yoon-suk-yeol", LocalDate.of(2022, 6, 28), null))
			.isEqualTo("president");
	}

	@Test
	void twoOfficialsMissingFromTheDataAndTheirFamilyNamesLater() {
		List<OfficialMention> found = find(Fixture.lines(
				"Japanese Foreign Minister Taro Yamada and his South Korean counterpart Kim Min-su met in Seoul.",
				"Kim said Seoul wanted progress."), null);
		assertThat(found).extracting(OfficialMention::personId, OfficialMention::statedOffice)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("taro-yamada", "foreign-minister"),
					org.assertj.core.groups.Tuple.tuple("kim-min-su", "foreign-minister"),
					org.assertj.core.groups.Tuple.tuple("kim-min-su", "foreign-minister"));
	}

	@Test
	void anUnlistedSpellingOfAListedGivenName() {
		assertThat(find(Fixture.lines("President Yoon Suk-yul met reporters."), null)).extracting(OfficialMention::personId)
			.containsExactly("yoon-suk-yeol");
		assertThat(find(Fixture.lines("Moon Hee-sang spoke to reporters."), null)).isEmpty();
	}
}
