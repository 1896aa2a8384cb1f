package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

	private TimelinePage page(TimelineFilter filter) {
		return timeline.page(filter, List.of());
	}

	private static TimelineFilter disputes(String... slugs) {
		return new TimelineFilter(new TreeSet<>(Set.of(slugs)), null, null, null, null, null, null, null, null, null);
	}

	private static TimelineFilter text(String q) {
		return new TimelineFilter(null, null, null, null, null, null, null, null, null, q);
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
		TimelineFilter filter = new TimelineFilter(new TreeSet<>(Set.of("export-controls")), null, null, null, "held",
				null, null, null, null, null);
		TimelinePage page = page(filter);

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
		TimelineFilter filter = new TimelineFilter(null, null, "leaders", null, null, "japan", null, 2020, 2030, null);

		assertThat(cities(page(filter))).containsExactly("Tokyo");
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
