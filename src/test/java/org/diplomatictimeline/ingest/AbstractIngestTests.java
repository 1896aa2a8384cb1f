package org.diplomatictimeline.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.ingest.extract.ArticleExtractor;
import org.diplomatictimeline.ingest.extract.ArticleMetadata;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;
import org.diplomatictimeline.ingest.extract.ExtractedStatement;
import org.diplomatictimeline.ingest.extract.Extraction;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.domain.StatementKind;
import org.diplomatictimeline.ingest.extract.TextSpan;
import org.diplomatictimeline.statement.StatementRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest against a real database: every bad input is rejected by name with nothing stored, the same
 * article is stored once even when two editors add it at the same moment, and re-extraction replaces
 * what an article yielded. Run once per database by the subclasses.
 */
abstract class AbstractIngestTests {

	@Autowired
	ArticleIngestService ingest;

	@Autowired
	ArticleRepository articles;

	@Autowired
	EncounterRepository encounters;

	@Autowired
	StatementRepository statements;

	@Autowired
	ArticleExtractor extractor;

	@Autowired
	ArticleInput input;

	@Autowired
	org.diplomatictimeline.ingest.reference.ReferenceData reference;

	@Autowired
	ExtractionStore store;

	@Autowired
	ReextractService reextract;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	@Autowired
	org.diplomatictimeline.timeline.TimelineDocumentService documents;

	static Stream<Arguments> badInputs() {
		String unique = UUID.randomUUID().toString();
		return Stream.of(Arguments.of("empty.txt", new byte[0], "the file is empty"),
				Arguments.of("blank.txt", utf8(" \n\n\t " + " ".repeat(unique.length() % 7) + "\n"), "only white space"),
				Arguments.of("picture.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2 }, "binary"),
				Arguments.of("latin1.txt", ("Caf\u00e9 diplomacy " + unique).getBytes(StandardCharsets.ISO_8859_1),
						"not valid UTF-8"),
				Arguments.of("huge.txt", utf8("a".repeat(2 * 1024 * 1024 + 1)), "over the limit"),
				Arguments.of("unclosed.txt", utf8("---\ntitle: " + unique + "\nsource: Wire\n"), "never closed"),
				Arguments.of("bad-date.txt", utf8("---\ntitle: " + unique + "\npublished: 2023-13-01\n---\nText."),
						"line 3: the published date '2023-13-01' is not a date"),
				Arguments.of("future.txt",
						utf8("---\ntitle: " + unique + "\npublished: " + LocalDate.now().plusYears(1) + "\n---\nText."),
						"line 3: the published date"),
				Arguments.of("empty-page.txt", utf8("<!doctype html><html><head><title>" + unique
						+ "</title></head><body><script>1</script></body></html>"), "HTML page without readable text"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void badInputIsRejectedByNameAndNothingIsStored(String name, byte[] content, String reason) {
		long before = articles.count();
		IngestOutcome outcome = ingest.ingest(name, content);
		assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
		assertThat(outcome.fileName()).isEqualTo(name);
		assertThat(outcome.reason()).contains(reason);
		assertThat(outcome.articleId()).isNull();
		assertThat(articles.count()).isEqualTo(before);
	}

	@Test
	void theSameArticleTwiceIsStoredOnce() {
		byte[] content = utf8("Foreign ministers spoke by phone. " + UUID.randomUUID());
		long before = articles.count();
		IngestOutcome first = ingest.ingest("a.txt", content);
		IngestOutcome second = ingest.ingest("copy-of-a.txt", content);
		assertThat(first.status()).isEqualTo(IngestOutcome.Status.NEW);
		assertThat(second.status()).isEqualTo(IngestOutcome.Status.ALREADY_PRESENT);
		assertThat(second.articleId()).isEqualTo(first.articleId());
		assertThat(articles.count()).isEqualTo(before + 1);
	}

	@Test
	void utf16WithByteOrderMarkIsAccepted() {
		byte[] text = ("Leaders met in Seoul. " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_16LE);
		byte[] content = new byte[text.length + 2];
		content[0] = (byte) 0xFF;
		content[1] = (byte) 0xFE;
		System.arraycopy(text, 0, content, 2, text.length);
		IngestOutcome outcome = ingest.ingest("windows.txt", content);
		assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.NEW);
		assertThat(articles.findById(outcome.articleId()).orElseThrow().getBody()).startsWith("Leaders met in Seoul.");
	}

	@Test
	void anHtmlPageIsStoredAsItsTextAndTheOutcomeSaysSo() {
		String marker = UUID.randomUUID().toString();
		IngestOutcome outcome = ingest.ingest("page.txt", utf8("<!DOCTYPE html><html><head><title>Talks " + marker
				+ "</title></head><body><p>The ministers met.</p><script>evil()</script></body></html>"));
		assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.NEW);
		assertThat(outcome.reason()).contains("HTML page");
		assertThat(articles.findById(outcome.articleId()).orElseThrow().getBody()).contains("The ministers met.")
			.doesNotContain("evil", "<p>");
	}

	@Test
	void twoEditorsAddingTheSameArticleAtOnceStoreItOnce() throws Exception {
		CyclicBarrier bothChecked = new CyclicBarrier(2);
		ArticleInput synchronizedInput = new ArticleInput(new ArticleDecoder(input.maxBytes()), new HtmlArticleText(),
				new FrontMatterValidator(java.time.Clock.systemUTC())) {
			@Override
			PreparedArticle prepare(byte[] content) throws RejectedInputException {
				PreparedArticle prepared = super.prepare(content);
				try {
					// both have looked the hash up and found nothing before either stores
					bothChecked.await(10, TimeUnit.SECONDS);
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				return prepared;
			}
		};
		ArticleIngestService racing = new ArticleIngestService(new ArticleReader(articles, synchronizedInput, extractor),
				synchronizedInput, store, articles, new IngestProperties(null, null, null, 1), reference);
		byte[] content = utf8("Leaders agreed to meet again. " + UUID.randomUUID());
		long before = articles.count();
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try {
			Future<IngestOutcome> alice = editors.submit(() -> racing.ingest("alice.txt", content));
			Future<IngestOutcome> bob = editors.submit(() -> racing.ingest("bob.txt", content));
			List<IngestOutcome.Status> statuses = Stream.of(alice.get(30, TimeUnit.SECONDS), bob.get(30, TimeUnit.SECONDS))
				.map(IngestOutcome::status)
				.toList();
			assertThat(statuses).containsExactlyInAnyOrder(IngestOutcome.Status.NEW,
					IngestOutcome.Status.ALREADY_PRESENT);
		}
		finally {
			editors.shutdownNow();
		}
		assertThat(articles.count()).isEqualTo(before + 1);
	}

	@Test
	void twoArticlesAboutOneEncounterStoredAtTheSameMomentJoinIt() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		ExtractedParticipant a = new ExtractedParticipant("race-a-" + marker, "Official A " + marker, "JP", "foreign-minister", false);
		ExtractedParticipant b = new ExtractedParticipant("race-b-" + marker, "Official B " + marker, "KR", "foreign-minister", false);
		// the people are known already, as officials of the reference data are after the first articles
		store.store("earlier-" + marker + ".txt", "race-0-" + marker, told(meeting(a, b, LocalDate.of(2009, 1, 1)), "Earlier " + marker));
		ExtractedEncounter met = meeting(a, b, LocalDate.of(2010, 1, 2));
		CountDownLatch firstStored = new CountDownLatch(1);
		CountDownLatch secondStored = new CountDownLatch(1);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			// the first article's transaction stays open until the second has stored, or for a moment if it cannot
			Future<Long> first = instances.submit(() -> transaction.execute(status -> {
				Long id = store.store("one-" + marker + ".txt", "race-1-" + marker, told(met, "One " + marker)).articleId();
				firstStored.countDown();
				try {
					secondStored.await(700, TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return id;
			}));
			Future<Long> second = instances.submit(() -> {
				firstStored.await(30, TimeUnit.SECONDS);
				Long id = store.store("two-" + marker + ".txt", "race-2-" + marker, told(met, "Two " + marker)).articleId();
				secondStored.countDown();
				return id;
			});
			Long one = first.get(60, TimeUnit.SECONDS);
			Long two = second.get(60, TimeUnit.SECONDS);
			assertThat(encounters.findBySourceArticle(two)).extracting("id")
				.as("the second account joins the first one's encounter")
				.isEqualTo(encounters.findBySourceArticle(one).stream().map(e -> e.getId()).toList())
				.hasSize(1);
		}
		finally {
			instances.shutdownNow();
		}
	}

	private static ExtractedEncounter meeting(ExtractedParticipant a, ExtractedParticipant b, LocalDate day) {
		return new ExtractedEncounter(FuzzyDate.day(day), "Tokyo", "Japan", null, EncounterKind.TALKS,
				EncounterLevel.FOREIGN_MINISTERS, null, null, EncounterStatus.HELD, SourceRole.MAIN, List.of(a, b),
				List.of(), List.of(new TextSpan(0, 4)));
	}

	private static Extraction told(ExtractedEncounter encounter, String body) {
		return new Extraction(ArticleMetadata.NONE, body, null, List.of(encounter), List.of(), List.of(), List.of());
	}

	@Test
	void reextractionReplacesWhatAnArticleYielded() {
		// bodies from which the extractor finds nothing: what the hand-made extractions stored must go
		String marker = UUID.randomUUID().toString().substring(0, 8);
		ExtractedParticipant a = new ExtractedParticipant("test-a-" + marker, "Official A " + marker, "JP", "prime-minister", false);
		ExtractedParticipant b = new ExtractedParticipant("test-b-" + marker, "Official B " + marker, "KR", "president", false);
		ExtractedEncounter met = new ExtractedEncounter(FuzzyDate.day(LocalDate.of(2001, 2, 3)), "Busan", "South Korea",
				null, EncounterKind.TALKS, EncounterLevel.LEADERS, null, null, EncounterStatus.HELD, SourceRole.MAIN,
				List.of(a, b), List.of(), List.of(new TextSpan(0, 4)));
		String body = "Weather report " + marker + ".";
		Extraction told = new Extraction(ArticleMetadata.NONE, body, null, List.of(met),
				List.of(new ExtractedStatement(a, "Quote " + marker, StatementKind.QUOTE, null, null, 0, new TextSpan(0, 4))),
				List.of(), List.of());
		Long first = store.store("first-" + marker + ".txt", "hash-1-" + marker, told).articleId();
		Long second = store.store("second-" + marker + ".txt", "hash-2-" + marker,
				new Extraction(ArticleMetadata.NONE, "Sports page " + marker + ".", null, List.of(met), List.of(), List.of(), List.of()))
			.articleId();
		var shared = encounters.findBySourceArticle(first);
		assertThat(shared).hasSize(1);
		assertThat(encounters.findBySourceArticle(second)).extracting("id").containsExactly(shared.get(0).getId());
		assertThat(statements.findByArticleIdOrderByStartOffset(first)).hasSize(1);

		reextract.reextract(first);
		assertThat(statements.findByArticleIdOrderByStartOffset(first)).isEmpty();
		assertThat(encounters.findBySourceArticle(first)).isEmpty();
		assertThat(encounters.findById(shared.get(0).getId())).as("still told by the second article").isPresent();

		reextract.reextract(second);
		assertThat(encounters.findById(shared.get(0).getId())).as("no article tells it any more").isEmpty();
		assertThat(articles.findById(first).orElseThrow().getBody()).isEqualTo(body);
	}

	@Test
	void reextractingUnchangedArticlesGivesTheSameTimeline() throws Exception {
		List<Long> seeds = ingest.ingestFolder(java.nio.file.Path.of("data/articles"))
			.stream()
			.map(IngestOutcome::articleId)
			.toList();
		assertThat(seeds).hasSize(5).doesNotContainNull();
		List<String> before = timelineOf(seeds);
		assertThat(before).isNotEmpty();
		seeds.forEach(reextract::reextract);
		assertThat(timelineOf(seeds)).isEqualTo(before);
	}

	/** The encounters and statements the articles tell, without database ids, in a stable order. */
	private List<String> timelineOf(List<Long> articleIds) {
		var document = documents.document();
		Stream<String> told = document.encounters()
			.stream()
			.filter(e -> e.sources().stream().anyMatch(s -> articleIds.contains(s.articleId())))
			.map(e -> new org.diplomatictimeline.timeline.TimelineDocument.EncounterJson(null, e.date(),
					e.datePrecision(), e.city(), e.country(), e.occasion(), e.kind(), e.level(), e.formality(),
					e.durationMinutes(), e.status(), e.participants(), e.disputes(), e.sources()).toString());
		Stream<String> said = document.statements()
			.stream()
			.filter(st -> articleIds.contains(st.articleId()))
			.map(st -> st.speaker() + "|" + st.text() + "|" + st.kind() + "|" + st.date() + "|" + (st.encounterId() != null));
		return Stream.concat(told, said).sorted().toList();
	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}
}
