package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.diplomatictimeline.article.ArticlePageService;
import org.diplomatictimeline.dispute.DisputePageService;
import org.diplomatictimeline.encounter.EncounterCards;
import org.diplomatictimeline.encounter.EncounterPageService;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.ingest.StoreFixtures;
import org.diplomatictimeline.insights.InsightsService;
import org.diplomatictimeline.person.PersonPageService;
import org.diplomatictimeline.system.Labels;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a page costs does not grow with the archive: every page runs the same number of SQL statements
 * (Hibernate's statistics count them) on a small archive and on one with many times more encounters,
 * sources and statements, and that number is small. A page that loaded every row, or a query per row,
 * would differ between the two.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({ StoreFixtures.Slice.class, EncounterSelection.class, TimelineService.class, TimelineDocumentService.class,
		EncounterCards.class, EncounterPageService.class, Labels.class, ArticlePageService.class,
		DisputePageService.class, PersonPageService.class, InsightsService.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PageQueryCountTest {

	/**
	 * The busiest page stays under this: the filtered timeline (text matches, counts per year and in all,
	 * a page and its counts, the summary strip's three latest meetings, eight facets, names, unknown places).
	 */
	static final long MAX_QUERIES = 25;

	@Autowired
	StoreFixtures fixtures;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	TimelineService timeline;

	@Autowired
	TimelineDocumentService documents;

	@Autowired
	EncounterPageService encounterPages;

	@Autowired
	EncounterRepository encounters;

	@Autowired
	ArticlePageService articles;

	@Autowired
	DisputePageService disputes;

	@Autowired
	PersonPageService people;

	@Autowired
	InsightsService insights;

	private long queries(Supplier<?> page) {
		assertThat(page.get()).isNotNull();
		Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
		stats.clear();
		page.get();
		return stats.getPrepareStatementCount();
	}

	private Map<String, Long> everyPage() {
		TimelineFilter filtered = TimelineFilter
			.of(Map.of(Facet.DISPUTE, List.of("history-textbooks", "export-controls"), Facet.PERSON,
					List.of(StoreFixtures.MOON), Facet.PAIR, List.of(StoreFixtures.ABE + " " + StoreFixtures.MOON),
					Facet.LEVEL, List.of("leaders"), Facet.KIND, List.of("summit", "talks"), Facet.CITY,
					List.of("Seoul", "busan")))
			.withYearsAndText(1980, 2100, "ties");
		Long busan = encounters.findIdsInTimelineOrder().get(0);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("timeline", queries(() -> timeline.page(TimelineFilter.NONE, List.of(), 1)));
		counts.put("timeline page 2", queries(() -> timeline.page(TimelineFilter.NONE, List.of(), 2)));
		counts.put("filtered timeline", queries(() -> timeline.page(filtered, List.of(), 1)));
		counts.put("encounter with many sources", queries(() -> encounterPages.detail(busan, 1)));
		counts.put("encounter, second page of sources", queries(() -> encounterPages.detail(busan, 2)));
		counts.put("articles", queries(() -> articles.list(PageRequest.of(0, 20))));
		counts.put("disputes", queries(() -> disputes.list()));
		counts.put("dispute", queries(() -> disputes.detail("history-textbooks", 1)));
		counts.put("people", queries(() -> people.list()));
		counts.put("person", queries(() -> people.detail(StoreFixtures.MOON, 1)));
		counts.put("insights", queries(() -> insights.insights()));
		counts.put("API page", queries(() -> documents.encounters(TimelineFilter.NONE, 1, 50)));
		return counts;
	}

	@Test
	void everyPageRunsTheSameFewQueriesOnASmallAndALargeArchive() {
		fixtures.seed();
		// just over one page of everything: Spring Data skips the count of a page that holds all rows
		fixtures.storeYearlySummits(0, 22);
		fixtures.storeAccountsOfOneSummit(0, 22);
		Map<String, Long> small = everyPage();

		fixtures.storeYearlySummits(22, 110);
		fixtures.storeAccountsOfOneSummit(22, 60);
		Map<String, Long> large = everyPage();

		assertThat(timeline.page(TimelineFilter.NONE, List.of(), 1).shown()).isGreaterThan(120);
		assertThat(large).isEqualTo(small);
		assertThat(large.values()).allSatisfy(n -> assertThat(n).isBetween(1L, MAX_QUERIES));
	}
}
