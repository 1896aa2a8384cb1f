package org.diplomatictimeline.curation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.encounter.CurationState;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.ingest.ArticleIngestService;
import org.diplomatictimeline.ingest.ReextractService;
import org.diplomatictimeline.statement.Statement;
import org.diplomatictimeline.statement.StatementRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the five seed articles: an editor corrects fields, merges, splits, adds, rejects, confirms, fixes
 * a statement and an article; then every article is re-extracted, and everything is exactly as the
 * editor left it, while what no correction touched is exactly what the extractor derived. Run once per
 * database by the subclasses, each on a database of its own.
 */
abstract class AbstractCurationFlowTests {

	static final String EDITOR = "test-editor";

	@Autowired
	ArticleIngestService ingest;

	@Autowired
	ReextractService reextract;

	@Autowired
	CurationService curation;

	@Autowired
	HistoryService history;

	@Autowired
	ReviewService review;

	@Autowired
	EncounterRepository encounters;

	@Autowired
	StatementRepository statements;

	@Autowired
	ArticleRepository articles;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyCorrectionSurvivesReextractingEverything() throws Exception {
		ingest.ingestFolder(Path.of("data/articles"));
		Snapshot extracted = snapshot();
		assertThat(extracted.encounters()).hasSize(9);

		// the review queue finds the likely errors: a cancelled meeting told by one passing mention, a call
		// with no place and no exact day; a well-told summit is not in it
		Map<Long, List<String>> queue = review.likelyWrong()
			.stream()
			.collect(Collectors.toMap(ReviewItem::id, ReviewItem::reasons));
		assertThat(queue.get(find("toshimitsu-motegi", "2019-12-23"))).contains("passing-mention");
		assertThat(queue.get(find("fumio-kishida", "2022-03"))).contains("no-place", "no-exact-date");
		assertThat(queue).doesNotContainKey(find("fumio-kishida", "2022-11-13"));

		long madrid = find("fumio-kishida", "2022-06-28");
		curation.correct(madrid, Map.of("occasion", "NATO summit in Madrid", "duration", "5"), "per the ministry", EDITOR);

		long newYork = find("fumio-kishida", "2022-09-21");
		long sourceFrom002 = sourceId(newYork, "002_");
		long newYorkAfterSplit = curation.split(newYork, sourceFrom002, "a different meeting", EDITOR);

		long held = find("toshimitsu-motegi", "2019-12-15");
		long cancelled = find("toshimitsu-motegi", "2019-12-23");
		long merged = curation.merge(held, cancelled, "the same meeting", EDITOR);

		long nagoya = find("toshimitsu-motegi", "2019-11-23");
		curation.reject(nagoya, "not in the article", EDITOR);

		long phnomPenh = find("fumio-kishida", "2022-11-13");
		curation.confirm(phnomPenh, EDITOR);
		long call = find("fumio-kishida", "2022-03");
		curation.confirm(call, EDITOR);
		assertThat(review.likelyWrong()).extracting(ReviewItem::id).doesNotContain(call);

		long article000 = articleId("000_");
		long added = curation.add(article000,
				Map.of("participants", "yoshimasa-hayashi+park-jin", "date", "2022-06-29", "city", "Madrid", "kind",
						"talks", "level", "foreign-ministers", "status", "held", "role", "mentioned"),
				List.of(new EvidenceSpan(0, 40)), "missed by the extractor", EDITOR);

		Statement first = transaction.execute(s -> statements.findByArticleIdOrderByStartOffset(article000).get(0));
		curation.fixSpeaker(first.getId(), "moon-jae-in", null, EDITOR);
		long article004 = articleId("004_");
		curation.editArticle(article004, Map.of("title", "Kishida and Yoon meet in New York"), null, EDITOR);

		Snapshot corrected = snapshot();
		assertThat(corrected.encounters()).contains(
				"2022-06-28 Madrid/Spain NATO summit in Madrid brief-encounter leaders held null 5min [fumio-kishida, yoon-suk-yeol] corrected",
				"2022-06-29 Madrid/null null talks foreign-ministers held null nullmin [park-jin, yoshimasa-hayashi] corrected",
				"2022-03 null/null null phone-call leaders held null nullmin [fumio-kishida, yoon-suk-yeol] confirmed",
				"2022-11-13 Phnom Penh/Cambodia ASEAN-related summits summit leaders held formal nullmin [fumio-kishida, yoon-suk-yeol] confirmed");
		assertThat(corrected.encounters()).noneMatch(e -> e.startsWith("2019-11-23"));
		assertThat(corrected.encounters()).noneMatch(e -> e.startsWith("2019-12-23"));
		assertThat(corrected.sources()).anyMatch(s -> s.startsWith("2019-12-15") && s.contains("cancelled|2019-12-23"));
		assertThat(corrected.sources()).anyMatch(s -> s.startsWith("2022-09 ") && s.contains("002_"));
		assertThat(corrected.statements()).anyMatch(s -> s.startsWith("000_") && s.contains(" moon-jae-in "));
		assertThat(corrected.articles()).contains("004_ed0940f8082e8195.txt Kishida and Yoon meet in New York");
		assertThat(newYorkAfterSplit).isNotEqualTo(0);
		assertThat(merged).isNotEqualTo(0);
		assertThat(added).isNotEqualTo(0);

		reextract.reextractAll();

		Snapshot again = snapshot();
		assertThat(again).isEqualTo(corrected);
		Set<String> untouched = new TreeSet<>(extracted.encounters());
		untouched.retainAll(again.encounters());
		// everything but the six encounters corrected, merged, split, rejected or confirmed is as extracted
		assertThat(untouched).hasSize(extracted.encounters().size() - 7);

		long madridNow = find("fumio-kishida", "2022-06-28");
		assertThat(history.of(madridNow)).extracting(HistoryEntry::kind).contains("extracted", "field", "speaker");

		// a correction whose article is gone is not dropped: the review queue shows it to an editor
		jdbc.update("delete from article where file_name like '004%'");
		assertThat(review.needingReview()).extracting(Correction::getAction).contains(CorrectionAction.ARTICLE);
	}

	long find(String person, String date) {
		return transaction.execute(s -> encounters.findTimeline()
			.stream()
			.filter(e -> e.getDate() != null && e.getDate().start().toString().startsWith(date.length() == 7 ? date + "-01" : date)
					&& e.getParticipants().stream().anyMatch(p -> p.getPerson().getKey().equals(person)))
			.map(Encounter::getId)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no encounter of " + person + " on " + date)));
	}

	long sourceId(long encounterId, String filePrefix) {
		return transaction.execute(s -> encounters.findDetailed(encounterId)
			.orElseThrow()
			.getSources()
			.stream()
			.filter(src -> src.getArticle().getFileName().startsWith(filePrefix))
			.findFirst()
			.orElseThrow()
			.getId());
	}

	long articleId(String filePrefix) {
		return transaction.execute(s -> articles.findAllByOrderByFileName()
			.stream()
			.filter(a -> a.getFileName().startsWith(filePrefix))
			.findFirst()
			.orElseThrow()
			.getId());
	}

	/** Everything readers see of the seeds, without database ids. */
	record Snapshot(Set<String> encounters, Set<String> sources, Set<String> statements, Set<String> articles) {
	}

	Snapshot snapshot() {
		return transaction.execute(s -> {
			Set<String> es = new TreeSet<>();
			Set<String> srcs = new TreeSet<>();
			for (Encounter e : encounters.findTimeline()) {
				String line = describe(e);
				es.add(line);
				for (var src : e.getSources()) {
					srcs.add(line.substring(0, line.indexOf(' ')) + " " + src.getArticle().getFileName() + " "
							+ src.getRole() + " " + src.getAccountKey() + " "
							+ src.getEvidence().stream().map(ev -> ev.start() + "-" + ev.end()).toList());
				}
			}
			Set<String> said = new TreeSet<>();
			for (Statement st : statements.findAllInOrder()) {
				said.add(st.getArticle().getFileName() + " " + st.getStartOffset() + " " + st.getSpeaker().getKey() + " "
						+ (st.getEncounter() == null ? "-" : describe(st.getEncounter())));
			}
			Set<String> as = articles.findAllByOrderByFileName()
				.stream()
				.map(Article::getFileName)
				.collect(Collectors.toCollection(TreeSet::new));
			Set<String> described = new TreeSet<>();
			for (Article a : articles.findAllByOrderByFileName()) {
				described.add(a.getFileName() + " " + a.getTitle());
			}
			return new Snapshot(es, srcs, said, described.isEmpty() ? as : described);
		});
	}

	static String describe(Encounter e) {
		String date = e.getDate() == null ? "undated" : EncounterFields.dateText(e.getDate());
		List<String> who = new ArrayList<>(e.getParticipants().stream().map(p -> p.getPerson().getKey()).sorted().toList());
		return date + " " + e.getCity() + "/" + e.getCountry() + " " + e.getOccasion() + " " + e.getKind().code() + " "
				+ e.getLevel().code() + " " + e.getStatus().code() + " "
				+ (e.getFormality() == null ? null : e.getFormality().code()) + " " + e.getDurationMinutes() + "min "
				+ who + " " + e.getCuration().code() + (e.getCuration() == CurationState.EXTRACTED ? "" : "");
	}
}
