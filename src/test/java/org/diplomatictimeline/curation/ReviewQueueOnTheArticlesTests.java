package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.ingest.ArticleIngestService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review queue on the project's own articles (the seeds, the test corpus, the held-out and the
 * blind set), tried as a new user would: every data error of the kinds first reported against them
 * that the extractor still makes is in the queue, with its reason. Written against what the
 * extractor derives now, so that a better extractor (which no longer makes an error) passes too,
 * while at least some of each kind are checked today.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:review-queue;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewQueueOnTheArticlesTests {

	@Autowired
	ArticleIngestService ingest;

	@Autowired
	ReviewService review;

	@Autowired
	EncounterRepository encounters;

	@Autowired
	TransactionTemplate transaction;

	Map<Long, List<String>> queue;

	/** Every encounter as a line: id, date, city, occasion, kind, status, participants. */
	List<Row> rows;

	record Row(long id, String date, String city, String occasion, String kind, EncounterStatus status, String who) {
	}

	@BeforeAll
	void ingestTheArticles() throws Exception {
		for (String folder : List.of("data/articles", "src/test/resources/corpus", "src/test/resources/heldout",
				"src/test/resources/blind")) {
			ingest.ingestFolder(Path.of(folder));
		}
		queue = review.likelyWrong().stream().collect(Collectors.toMap(ReviewItem::id, ReviewItem::reasons));
		rows = transaction.execute(s -> encounters.findTimeline()
			.stream()
			.map(e -> new Row(e.getId(), e.getDate() == null ? "" : e.getDate().start().toString(), e.getCity(),
					e.getOccasion(), e.getKind().code(), e.getStatus(), who(e)))
			.toList());
	}

	@Test
	void everyEncounterWithoutAPlaceIsInTheQueue() {
		List<Row> placeless = rows(r -> r.city() == null);
		assertThat(placeless).isNotEmpty();
		placeless.forEach(r -> assertThat(queue.get(r.id())).as(r.toString()).contains("no-place"));
	}

	@Test
	void aCancelledMeetingNextToTheOneHeldIsAPossibleDuplicate() {
		// "a cancelled Madrid meeting a week after the real one"
		List<Row> cancelled = rows(r -> r.status() == EncounterStatus.CANCELLED && "Madrid".equals(r.city())
				&& r.date().startsWith("2019-12"));
		List<Row> held = rows(r -> r.status() == EncounterStatus.HELD && "Madrid".equals(r.city())
				&& r.date().startsWith("2019-12"));
		assertThat(cancelled).isNotEmpty();
		cancelled.forEach(r -> assertThat(queue.get(r.id())).as(r.toString()).contains("possible-duplicate"));
		held.stream()
			.filter(h -> cancelled.stream().anyMatch(c -> c.who().equals(h.who())))
			.forEach(r -> assertThat(queue.get(r.id())).as(r.toString()).contains("possible-duplicate"));
	}

	@Test
	void theSameSummitToldTwiceIsAPossibleDuplicate() {
		// "the 2015 Abe-Park summit twice, once as October 2015, Seoul, once as 2 November 2015 with no place"
		List<Row> summits = rows(r -> r.who().equals("park-geun-hye+shinzo-abe")
				&& (r.date().startsWith("2015-10") || r.date().startsWith("2015-11")) && !r.kind().equals("phone-call"));
		if (summits.size() > 1) {
			summits.forEach(r -> assertThat(queue.get(r.id())).as(r.toString()).contains("possible-duplicate"));
		}
	}

	@Test
	void anOccasionThatTookPlaceElsewhereIsInTheQueue() {
		// "the 2023 Tokyo and Seoul summits with the occasion G7 summit", "the 2000 Atami talks as Seoul, State funeral"
		List<Row> wrong = new ArrayList<>();
		wrong.addAll(rows(r -> "G7 summit".equals(r.occasion()) && r.date().startsWith("2023")
				&& ("Tokyo".equals(r.city()) || "Seoul".equals(r.city()))));
		wrong.addAll(rows(r -> "State funeral".equals(r.occasion()) && r.date().startsWith("2000")));
		wrong.forEach(r -> assertThat(queue.get(r.id())).as(r.toString()).contains("occasion-elsewhere"));
		// the G7 summit of 2023 did take place in Hiroshima
		rows(r -> "G7 summit".equals(r.occasion()) && "Hiroshima".equals(r.city()))
			.forEach(r -> assertThat(queue.getOrDefault(r.id(), List.of())).as(r.toString())
				.doesNotContain("occasion-elsewhere"));
	}

	@Test
	void aSummitReportedInFullIsNotInTheQueue() {
		List<Row> phnomPenh = rows(r -> r.date().equals("2022-11-13") && "Phnom Penh".equals(r.city())
				&& r.who().equals("fumio-kishida+yoon-suk-yeol"));
		assertThat(phnomPenh).hasSize(1);
		assertThat(queue).doesNotContainKey(phnomPenh.get(0).id());
	}

	private List<Row> rows(Predicate<Row> which) {
		return rows.stream().filter(which).toList();
	}

	private static String who(Encounter e) {
		return e.getParticipants().stream().map(p -> p.getPerson().getKey()).sorted().collect(Collectors.joining("+"));
	}
}
