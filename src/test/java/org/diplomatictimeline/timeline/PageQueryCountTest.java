package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.diplomatictimeline.article.ArticlePageService;
import org.diplomatictimeline.dispute.DisputePageService;
import org.diplomatictimeline.encounter.EncounterCards;
import org.diplomatictimeline.ingest.StoreFixtures;
import org.diplomatictimeline.insights.InsightsService;
import org.diplomatictimeline.person.PersonPageService;
import org.diplomatictimeline.system.Labels;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list pages load what their templates need in a number of queries that does not grow with the
 * number of encounters: fetch joins and batch fetching, no query per row.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({ StoreFixtures.Slice.class, EncounterSelection.class, TimelineService.class, EncounterCards.class,
		Labels.class, ArticlePageService.class, DisputePageService.class, PersonPageService.class,
		InsightsService.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PageQueryCountTest {

	/**
	 * Far fewer than the 34 encounters stored; the busiest page (a dispute: topic, encounters, their sources
	 * and topics, articles, statements, statement counts) needs 7.
	 */
	static final long MAX_QUERIES = 8;

	@Autowired
	StoreFixtures fixtures;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	TimelineService timeline;

	@Autowired
	ArticlePageService articles;

	@Autowired
	DisputePageService disputes;

	@Autowired
	PersonPageService people;

	@Autowired
	InsightsService insights;

	private static boolean seeded;

	/** Stored outside a test transaction, so that every page reads through a fresh persistence context. */
	@BeforeEach
	void seed() {
		if (!seeded) {
			fixtures.seed();
			fixtures.storeYearlySummits(30);
			seeded = true;
		}
	}

	private long queries(Supplier<?> page) {
		Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
		stats.clear();
		Object result = page.get();
		assertThat(result).isNotNull();
		return stats.getPrepareStatementCount();
	}

	@Test
	void timelineOfThirtyFourEncountersTakesAFewQueries() {
		TimelinePage page = timeline.page(TimelineFilter.NONE, List.of());
		assertThat(page.total()).isEqualTo(34);

		assertThat(queries(() -> timeline.page(TimelineFilter.NONE, List.of()))).isLessThanOrEqualTo(MAX_QUERIES);
	}

	@Test
	void otherListPagesTakeAFewQueries() {
		assertThat(queries(() -> articles.list(PageRequest.of(0, 50)))).isLessThanOrEqualTo(MAX_QUERIES);
		assertThat(queries(() -> disputes.detail("history-textbooks"))).isLessThanOrEqualTo(MAX_QUERIES);
		assertThat(queries(() -> disputes.list())).isLessThanOrEqualTo(MAX_QUERIES);
		assertThat(queries(() -> people.detail(StoreFixtures.MOON))).isLessThanOrEqualTo(MAX_QUERIES);
		assertThat(queries(() -> people.list())).isLessThanOrEqualTo(MAX_QUERIES);
		assertThat(queries(() -> insights.insights())).isLessThanOrEqualTo(MAX_QUERIES);
	}
}
