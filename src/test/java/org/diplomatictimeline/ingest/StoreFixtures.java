package org.diplomatictimeline.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.diplomatictimeline.dispute.DisputeTopic;
import org.diplomatictimeline.dispute.DisputeTopicRepository;
import org.diplomatictimeline.ingest.extract.ArticleMetadata;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;
import org.diplomatictimeline.ingest.extract.ExtractedStatement;
import org.diplomatictimeline.ingest.extract.Extraction;
import org.diplomatictimeline.domain.Formality;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.domain.StatementKind;
import org.diplomatictimeline.ingest.extract.TextSpan;
import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Stores a small, known timeline through the same store the ingest uses, independent of what the
 * extractor currently finds. The article texts are written for these tests about public events.
 */
public class StoreFixtures {

	public static final String KISHIDA = "fumio-kishida";

	public static final String YOON = "yoon-suk-yeol";

	public static final String ABE = "shinzo-abe";

	public static final String MOON = "moon-jae-in";

	public static final String SUGA = "yoshihide-suga";

	/** A sentence of the Madrid article that must come out escaped on every page. */
	public static final String SCRIPT = "<script>alert('x')</script>";

	private final ExtractionStore store;

	private final DisputeTopicRepository topics;

	StoreFixtures(ExtractionStore store, DisputeTopicRepository topics) {
		this.store = store;
		this.topics = topics;
	}

	/** Ids of what {@link #seed()} stored. */
	public record Seeded(Long madridArticle, Long chengduArticle) {
	}

	/** Stores two articles telling five encounters; call once per database. */
	public Seeded seed() {
		for (var ref : ReferenceData.loadDefault().disputeTopics()) {
			if (topics.findById(ref.slug()).isEmpty()) {
				topics.save(new DisputeTopic(ref.slug(), ref.label(), ref.background()));
			}
		}
		Long madrid = store.store("fixture-madrid.txt", "hash-madrid", madrid()).articleId();
		Long chengdu = store.store("fixture-chengdu.txt", "hash-chengdu", chengdu()).articleId();
		return new Seeded(madrid, chengdu);
	}

	/**
	 * Stores {@code count} more articles, each telling one leaders' summit in its own year (from 1990)
	 * with a statement and a dispute topic: a timeline long enough to show a query per row.
	 */
	public void storeYearlySummits(int count) {
		storeYearlySummits(0, count);
	}

	/** Like {@link #storeYearlySummits(int)}, for the years from 1990 + {@code from}: call again to grow the archive. */
	public void storeYearlySummits(int from, int count) {
		for (int i = from; i < from + count; i++) {
			Text t = new Text();
			int met = t.sentence("The leaders held a summit in Seoul that year.");
			int said = t.sentence(" Moon said ties would improve.");
			var summit = new ExtractedEncounter(FuzzyDate.year(1990 + i), "Seoul", "South Korea", null,
					EncounterKind.SUMMIT, EncounterLevel.LEADERS, null, null, EncounterStatus.HELD, SourceRole.MAIN,
					List.of(abe(), moon()), List.of("history-textbooks"), List.of(t.span(met)));
			var statement = new ExtractedStatement(moon(), "ties would improve", StatementKind.REPORTED, null, null, 0,
					t.span(said));
			store.store("fixture-yearly-" + i + ".txt", "hash-yearly-" + i, new Extraction(ArticleMetadata.NONE,
					t.toString(), null, List.of(summit), List.of(statement), List.of("history-textbooks"), List.of()));
		}
	}

	/** The date of the summit {@link #storeAccountsOfOneSummit} tells: older than every other fixture. */
	public static final LocalDate BUSAN_SUMMIT = LocalDate.of(1989, 3, 3);

	/**
	 * Stores {@code count} more articles (numbered from {@code from}) that all tell the same summit in Busan,
	 * each with a statement: one encounter with many sources.
	 */
	public void storeAccountsOfOneSummit(int from, int count) {
		for (int i = from; i < from + count; i++) {
			Text t = new Text();
			int met = t.sentence("Abe and Moon met in Busan on 3 March 1989, report number " + i + " says.");
			int said = t.sentence(" Moon said the talks were frank.");
			var summit = new ExtractedEncounter(FuzzyDate.day(BUSAN_SUMMIT), "Busan", "South Korea", null,
					EncounterKind.SUMMIT, EncounterLevel.LEADERS, null, null, EncounterStatus.HELD, SourceRole.MAIN,
					List.of(abe(), moon()), List.of("export-controls"), List.of(t.span(met)));
			var statement = new ExtractedStatement(moon(), "the talks were frank", StatementKind.REPORTED, null, null, 0,
					t.span(said));
			store.store("fixture-busan-" + i + ".txt", "hash-busan-" + i, new Extraction(ArticleMetadata.NONE,
					t.toString(), null, List.of(summit), List.of(statement), List.of("export-controls"), List.of()));
		}
	}

	private static Extraction madrid() {
		Text t = new Text();
		int meet = t.sentence("Prime Minister Fumio Kishida and President Yoon Suk Yeol spoke for a few minutes in Madrid on 28 June 2022, on the sidelines of the NATO summit.");
		t.sentence(" Officials said the leaders agreed to keep talking about wartime labor.");
		t.paragraph();
		int quote = t.sentence("\"We must restore healthy relations,\" Kishida told Yoon.");
		t.sentence(" A reader comment quoted in the piece read " + SCRIPT + " and nothing else.");
		t.paragraph();
		int earlier = t.sentence("The last leaders' meeting had been in Chengdu in December 2019.");
		String body = t.toString();
		var brief = new ExtractedEncounter(FuzzyDate.day(LocalDate.of(2022, 6, 28)), "Madrid", "Spain", "NATO summit",
				EncounterKind.BRIEF_ENCOUNTER, EncounterLevel.LEADERS, Formality.INFORMAL, 4, EncounterStatus.HELD,
				SourceRole.MAIN, List.of(kishida(), yoon()), List.of("wartime-labor"), List.of(t.span(meet)));
		var chengdu = new ExtractedEncounter(FuzzyDate.month(YearMonth.of(2019, 12)), "Chengdu", "China",
				"Japan-China-South Korea trilateral summit", EncounterKind.SUMMIT, EncounterLevel.LEADERS, null, null,
				EncounterStatus.HELD, SourceRole.MENTIONED, List.of(abe(), moon()), List.of(), List.of(t.span(earlier)));
		var said = new ExtractedStatement(kishida(), "We must restore healthy relations", StatementKind.QUOTE, null,
				FuzzyDate.day(LocalDate.of(2022, 6, 28)), 0, t.span(quote));
		var meta = new ArticleMetadata("Leaders speak briefly in Madrid", "Fixture Wire", "https://example.org/madrid",
				LocalDate.of(2022, 6, 29));
		return new Extraction(meta, body, LocalDate.of(2022, 6, 29), List.of(brief, chengdu), List.of(said),
				List.of("wartime-labor"), List.of());
	}

	private static Extraction chengdu() {
		Text t = new Text();
		int summit = t.sentence("Prime Minister Shinzo Abe met President Moon Jae-in in Chengdu in December 2019, their first formal talks in over a year.");
		t.sentence(" They discussed export controls and compensation for wartime labor.");
		int said = t.sentence(" Moon said the two countries could not be far apart.");
		t.paragraph();
		int olympics = t.sentence("A summit around the Tokyo Olympics in 2021 was called off.");
		int planned = t.sentence(" The two leaders plan to meet in 2099 in Seoul.");
		String body = t.toString();
		var meeting = new ExtractedEncounter(FuzzyDate.month(YearMonth.of(2019, 12)), "Chengdu", "China",
				"Japan-China-South Korea trilateral summit", EncounterKind.SUMMIT, EncounterLevel.LEADERS,
				Formality.FORMAL, null, EncounterStatus.HELD, SourceRole.MAIN, List.of(abe(), moon()),
				List.of("export-controls", "wartime-labor"), List.of(t.span(summit)));
		var cancelled = new ExtractedEncounter(FuzzyDate.year(2021), "Tokyo", "Japan", "Tokyo Olympics",
				EncounterKind.SUMMIT, EncounterLevel.LEADERS, null, null, EncounterStatus.CANCELLED,
				SourceRole.MENTIONED, List.of(suga(), moon()), List.of(), List.of(t.span(olympics)));
		var future = new ExtractedEncounter(FuzzyDate.year(2099), "Seoul", "South Korea", null, EncounterKind.TALKS,
				EncounterLevel.LEADERS, null, null, EncounterStatus.PLANNED, SourceRole.MENTIONED,
				List.of(kishida(), yoon()), List.of(), List.of(t.span(planned)));
		var statement = new ExtractedStatement(moon(), "the two countries could not be far apart",
				StatementKind.REPORTED, null, FuzzyDate.month(YearMonth.of(2019, 12)), 0, t.span(said));
		var meta = new ArticleMetadata("Abe and Moon meet in Chengdu", "Fixture Post", null, LocalDate.of(2019, 12, 24));
		return new Extraction(meta, body, LocalDate.of(2019, 12, 24), List.of(meeting, cancelled, future),
				List.of(statement), List.of("export-controls", "wartime-labor"), List.of());
	}

	static ExtractedParticipant kishida() {
		return new ExtractedParticipant(KISHIDA, "Fumio Kishida", "JP", "prime-minister", true);
	}

	static ExtractedParticipant yoon() {
		return new ExtractedParticipant(YOON, "Yoon Suk Yeol", "KR", "president", true);
	}

	static ExtractedParticipant abe() {
		return new ExtractedParticipant(ABE, "Shinzo Abe", "JP", "prime-minister", true);
	}

	static ExtractedParticipant moon() {
		return new ExtractedParticipant(MOON, "Moon Jae-in", "KR", "president", true);
	}

	static ExtractedParticipant suga() {
		return new ExtractedParticipant(SUGA, "Yoshihide Suga", "JP", "prime-minister", true);
	}

	/** Builds a body and remembers where each sentence starts and ends (leading blanks excluded). */
	private static final class Text {

		private final StringBuilder body = new StringBuilder();

		private final List<TextSpan> spans = new ArrayList<>();

		int sentence(String s) {
			int lead = s.length() - s.stripLeading().length();
			int start = body.length() + lead;
			body.append(s);
			spans.add(new TextSpan(start, body.length()));
			return spans.size() - 1;
		}

		void paragraph() {
			body.append("\n\n");
		}

		TextSpan span(int index) {
			return spans.get(index);
		}

		@Override
		public String toString() {
			return body.toString();
		}
	}

	/** For slices without the ingest beans: the store, a clock, the reference data and the fixtures. */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ ExtractionStore.class, StoredEncounterMatch.class, StoreFixtures.class })
	public static class Slice {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
		}

		@Bean
		ReferenceData referenceData() {
			return ReferenceData.loadDefault();
		}
	}
}
