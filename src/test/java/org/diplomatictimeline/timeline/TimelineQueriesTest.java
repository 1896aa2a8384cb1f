package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.encounter.EncounterCards;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.ingest.StoreFixtures;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.system.IdCount;
import org.diplomatictimeline.system.Labels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import({ StoreFixtures.Slice.class, EncounterSelection.class, TimelineService.class, EncounterCards.class,
		Labels.class })
class TimelineQueriesTest {

	@Autowired
	StoreFixtures fixtures;

	@Autowired
	TimelineService timeline;

	@Autowired
	EncounterRepository encounters;

	@Autowired
	StatementRepository statements;

	StoreFixtures.Seeded seeded;

	@BeforeEach
	void seed() {
		seeded = fixtures.seed();
	}

	/** The page oldest first, the order the expectations below are written in. */
	private TimelinePage page(TimelineFilter filter) {
		return timeline.page(filter.ordered(TimelineOrder.OLDEST), List.of());
	}

	private static TimelineFilter disputes(String... slugs) {
		return TimelineFilter.of(Map.of(Facet.DISPUTE, List.of(slugs)));
	}

	private static TimelineFilter text(String q) {
		return TimelineFilter.NONE.withYearsAndText(null, null, q);
	}

	private static List<String> cities(TimelinePage page) {
		return page.years().stream().flatMap(y -> y.encounters().stream()).map(EncounterCard::city).toList();
	}

	@Test
	void wholeTimelineIsOldestFirstGroupedByYear() {
		TimelinePage page = page(TimelineFilter.NONE);

		assertThat(page.total()).isEqualTo(4);
		assertThat(page.years()).extracting(YearGroup::year).containsExactly(2019, 2021, 2022, 2099);
		assertThat(cities(page)).containsExactly("Chengdu", "Tokyo", "Madrid", "Seoul");
	}

	@Test
	void encounterToldByTwoArticlesCountsBothSourcesAndItsStatement() {
		EncounterCard chengdu = page(TimelineFilter.NONE).years().get(0).encounters().get(0);

		assertThat(chengdu.sourceCount()).isEqualTo(2);
		assertThat(chengdu.statementCount()).isEqualTo(1);
		assertThat(chengdu.date().iso()).isEqualTo("2019-12");
	}

	@Test
	void severalDisputesSelectEncountersTouchingAny() {
		assertThat(cities(page(disputes("export-controls")))).containsExactly("Chengdu");
		assertThat(cities(page(disputes("export-controls", "wartime-labor")))).containsExactly("Chengdu", "Madrid");
	}

	@Test
	void facetCountsAreComputedOverTheOtherFacets() {
		TimelineFilter filter = TimelineFilter
			.of(Map.of(Facet.DISPUTE, List.of("export-controls"), Facet.STATUS, List.of("held")));
		TimelinePage page = timeline.page(filter, List.of());

		FacetGroup dispute = group(page, "dispute");
		// the dispute facet ignores the dispute filter itself but respects status=held
		assertThat(dispute.values()).extracting(FacetValue::value, FacetValue::count, FacetValue::selected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("wartime-labor", 2L, false),
					org.assertj.core.groups.Tuple.tuple("export-controls", 1L, true));
		FacetGroup status = group(page, "status");
		// the status facet respects the dispute filter: only Chengdu (held) touches export controls
		assertThat(status.values()).extracting(FacetValue::value, FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("held", 1L));
		assertThat(status.clearHref()).isEqualTo("/?dispute=export-controls");
		assertThat(dispute.values().get(1).href()).isEqualTo("/?status=held");
	}

	@Test
	void textSearchFindsStatementsAndArticleTextCaseInsensitively() {
		// a statement of the Chengdu article: every encounter that article tells matches
		assertThat(cities(page(text("FAR APART")))).containsExactly("Chengdu", "Tokyo", "Seoul");
		// the Madrid article also mentions Chengdu, so both encounters it tells match
		assertThat(cities(page(text("Reader Comment")))).containsExactly("Chengdu", "Madrid");
		assertThat(cities(page(text("no such words anywhere")))).isEmpty();
	}

	@Test
	void textSearchTreatsLikeWildcardsLiterally() {
		assertThat(cities(page(text("%")))).isEmpty();
		assertThat(cities(page(text("_")))).isEmpty();
	}

	@Test
	void yearsAndPlaceFiltersCombine() {
		TimelineFilter filter = TimelineFilter.of(Map.of(Facet.LEVEL, List.of("leaders"), Facet.COUNTRY, List.of("japan")))
			.withYearsAndText(2020, 2030, null);

		assertThat(cities(page(filter))).containsExactly("Tokyo");
	}

	@Test
	void newestFirstByDefaultWithUndatedLast() {
		TimelinePage page = timeline.page(TimelineFilter.NONE, List.of());

		assertThat(page.years()).extracting(YearGroup::year).containsExactly(2099, 2022, 2021, 2019);
		assertThat(cities(page)).containsExactly("Seoul", "Madrid", "Tokyo", "Chengdu");
		assertThat(page.oldestHref()).isEqualTo("/?order=oldest");
		assertThat(page.newestHref()).isEqualTo("/");
	}

	@Test
	void severalValuesOfAnyFacetCombineWithOrAndEachGetsAChip() {
		TimelineFilter cities = TimelineFilter.of(Map.of(Facet.CITY, List.of("tokyo", "Madrid")));
		TimelinePage page = page(cities);

		assertThat(cities(page)).containsExactly("Tokyo", "Madrid");
		assertThat(page.active()).extracting(ActiveFilter::label).containsExactly("Madrid", "tokyo");
		assertThat(page.active().get(0).removeHref()).isEqualTo("/?city=tokyo&order=oldest");
	}

	@Test
	void aPairSelectsTheEncountersBothTookPartIn() {
		TimelinePage all = page(TimelineFilter.NONE);
		List<String> people = all.years()
			.stream()
			.flatMap(y -> y.encounters().stream())
			.filter(c -> "Chengdu".equals(c.city()))
			.flatMap(c -> c.participants().stream())
			.map(p -> p.key())
			.toList();
		String pair = PersonPair.of(people.get(0), people.get(1));

		TimelinePage page = page(TimelineFilter.of(Facet.PAIR, pair));

		assertThat(cities(page)).contains("Chengdu");
		assertThat(page.years().stream().flatMap(y -> y.encounters().stream()))
			.allSatisfy(c -> assertThat(c.participants()).extracting(p -> p.key()).contains(people.get(0), people.get(1)));
		assertThat(page.active()).singleElement().satisfies(a -> assertThat(a.label()).contains(" – "));
	}

	@Test
	void aPlaceNoEncounterHasIsReported() {
		TimelinePage page = page(TimelineFilter.of(Facet.CITY, "Atlantis"));

		assertThat(page.notices()).containsExactly(new Notice("filter.unknown.city", "Atlantis"));
		assertThat(page.shown()).isZero();
	}

	@Test
	void groupedCountsPerArticleAndEncounter() {
		List<IdCount> perArticle = encounters.countPerArticle(List.of(seeded.madridArticle(), seeded.chengduArticle()));
		assertThat(perArticle).containsExactlyInAnyOrder(new IdCount(seeded.madridArticle(), 2),
				new IdCount(seeded.chengduArticle(), 3));
		assertThat(statements.countPerArticle(List.of(seeded.madridArticle()))).containsExactly(
				new IdCount(seeded.madridArticle(), 1));
		assertThat(statements.countPerEncounter()).hasSize(2);
	}

	private static FacetGroup group(TimelinePage page, String name) {
		return page.facets().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void idsInTimelineOrderMatchTheTimeline() {
		List<Long> shown = page(TimelineFilter.NONE).years()
			.stream()
			.flatMap(y -> y.encounters().stream())
			.map(EncounterCard::id)
			.toList();

		assertThat(encounters.findIdsInTimelineOrder()).containsExactlyElementsOf(shown);
	}

	@Test
	void encountersByDisputeAreThoseTheDisputeFilterSelectsInTheSameOrder() {
		List<String> filtered = cities(page(disputes("wartime-labor")));

		assertThat(encounters.findByDispute("wartime-labor")).extracting(e -> e.getCity())
			.containsExactlyElementsOf(filtered)
			.isNotEmpty();
		assertThat(encounters.findByDispute("no-such-topic")).isEmpty();
	}
}
