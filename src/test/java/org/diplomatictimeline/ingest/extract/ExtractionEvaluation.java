package org.diplomatictimeline.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.domain.StatementKind;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Measures the extractor against hand-made gold: the seed articles (data/articles, gold
 * seeds-gold.json) and the test corpus (src/test/resources/corpus, gold NNN_slug.gold.json next to
 * each article), each twice: as written and with the front matter removed. Prints per-field
 * precision, recall and F1 and writes the same table to target/evaluation.md.
 *
 * <p>Run: {@code ./mvnw -q test -Dtest=ExtractionEvaluationTest} (the test prints the table and
 * fails below the floors of evaluation-floors.properties), or this class's main method from the
 * IDE.
 */
public final class ExtractionEvaluation {

	/** Precision/recall counts of one field. */
	public record Score(int truePositives, int extracted, int gold) {

		double precision() {
			return extracted == 0 ? 1.0 : (double) truePositives / extracted;
		}

		double recall() {
			return gold == 0 ? 1.0 : (double) truePositives / gold;
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		Score plus(Score o) {
			return new Score(truePositives + o.truePositives, extracted + o.extracted, gold + o.gold);
		}
	}

	/** Scores of one pass over one data set, by field, and the misses for the details section. */
	public record Result(String dataset, String pass, Map<String, Score> scores, List<String> misses) {

		public double value(String field, String measure) {
			Score s = scores.get(field);
			return switch (measure) {
				case "precision" -> s.precision();
				case "recall" -> s.recall();
				default -> s.f1();
			};
		}
	}

	static final List<String> FIELDS = List.of("main-encounters", "all-encounters", "date", "city", "participants",
			"kind", "status", "main-encounter-disputes", "statements", "quotes", "disputes");

	private final ArticleExtractor extractor;

	public ExtractionEvaluation(ArticleExtractor extractor) {
		this.extractor = extractor;
	}

	public static void main(String[] args) {
		ExtractionEvaluation evaluation = new ExtractionEvaluation(
				new ArticleExtractor(ReferenceData.load(Path.of("data/reference"))));
		List<Result> results = evaluation.runAll(Path.of("."));
		String report = report(results, args.length > 0 && args[0].equals("--details"));
		System.out.println(report);
		write(Path.of("target/evaluation.md"), report);
	}

	/**
	 * Seeds, corpus, the held-out set and the blind set, each with and without front matter. The
	 * held-out articles were written apart from the rules (and later used to generalise them); the blind
	 * articles were never looked at while the rules were written, and measure how the extractor does on
	 * text it was not tuned on.
	 */
	public List<Result> runAll(Path projectDir) {
		List<Result> results = new ArrayList<>();
		Path seeds = projectDir.resolve("data/articles");
		Gold seedGold = Gold.read(projectDir.resolve("src/test/resources/seeds-gold.json"));
		Path corpus = projectDir.resolve("src/test/resources/corpus");
		Gold corpusGold = corpusGold(corpus);
		Path heldout = projectDir.resolve("src/test/resources/heldout");
		Gold heldoutGold = corpusGold(heldout);
		Path blind = projectDir.resolve("src/test/resources/blind");
		Gold blindGold = corpusGold(blind);
		for (boolean strip : List.of(false, true)) {
			String pass = strip ? "without front matter" : "with front matter";
			results.add(run("seeds", pass, articles(seeds), seedGold, strip));
			results.add(run("corpus", pass, articles(corpus), corpusGold, strip));
			results.add(run("heldout", pass, articles(heldout), heldoutGold, strip));
			results.add(run("blind", pass, articles(blind), blindGold, strip));
		}
		return results;
	}

	static Gold corpusGold(Path dir) {
		List<Gold> parts = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			files.filter(p -> p.toString().endsWith(".gold.json")).sorted().forEach(p -> parts.add(Gold.read(p)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Gold.merge(parts);
	}

	static List<Path> articles(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text after a leading front-matter block. */
	static String stripFrontMatter(String text) {
		if (!text.startsWith("---")) {
			return text;
		}
		int close = text.indexOf("\n---", 3);
		if (close < 0) {
			return text;
		}
		int bodyStart = text.indexOf('\n', close + 4);
		return bodyStart < 0 ? "" : text.substring(bodyStart + 1);
	}

	Result run(String dataset, String pass, List<Path> files, Gold gold, boolean strip) {
		List<Document> documents = new ArrayList<>();
		for (Path path : files) {
			String text;
			try {
				text = Files.readString(path, StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			documents.add(new Document(path.getFileName().toString(), strip ? stripFrontMatter(text) : text));
		}
		return run(dataset, pass, documents, gold);
	}

	/** One article to score: the file name its gold uses and the text given to the extractor. */
	record Document(String file, String text) {
	}

	Result run(String dataset, String pass, List<Document> documents, Gold gold) {
		Map<String, Score> scores = new LinkedHashMap<>();
		FIELDS.forEach(f -> scores.put(f, new Score(0, 0, 0)));
		List<String> misses = new ArrayList<>();
		for (Document d : documents) {
			Extraction x = extractor.extract(d.file(), d.text());
			score(d.file(), x, gold, scores, misses);
		}
		return new Result(dataset, pass, scores, misses);
	}

	/**
	 * The real-article corpus, dev and blind, with the metadata a feed gives (headline, outlet, URL,
	 * publication date as front matter) and without it (the text alone). Only articles whose text has
	 * been retrieved are scored.
	 */
	List<Result> runReal(RealCorpus corpus) {
		List<Result> results = new ArrayList<>();
		for (boolean metadata : List.of(true, false)) {
			String pass = metadata ? "with front matter" : "without front matter";
			for (boolean blind : List.of(false, true)) {
				List<Document> documents = corpus.present(blind).stream()
					.map(a -> new Document(a.file(), metadata ? a.withMetadata() : a.text()))
					.toList();
				results.add(run(blind ? "real-blind" : "real-dev", pass, documents, corpus.gold(blind)));
			}
		}
		return results;
	}

	private static void add(Map<String, Score> scores, String field, int tp, int extracted, int gold) {
		scores.merge(field, new Score(tp, extracted, gold), Score::plus);
	}

	private void score(String file, Extraction x, Gold gold, Map<String, Score> scores, List<String> misses) {
		List<Gold.Encounter> goldEncounters = gold.encountersOf(file);
		List<ExtractedEncounter> extracted = x.encounters();
		Map<ExtractedEncounter, Gold.Encounter> pairs = match(extracted, goldEncounters);
		// an extra cancelled plan is tolerated: not counted as extracted unless the gold has it
		List<ExtractedEncounter> counted = extracted.stream()
			.filter(e -> pairs.containsKey(e) || e.status() != EncounterStatus.CANCELLED)
			.toList();
		long goldMain = goldEncounters.stream().filter(g -> g.roleIn(file) == SourceRole.MAIN).count();
		long extractedMain = counted.stream().filter(e -> e.role() == SourceRole.MAIN).count();
		long mainTp = pairs.entrySet()
			.stream()
			.filter(p -> p.getKey().role() == SourceRole.MAIN && p.getValue().roleIn(file) == SourceRole.MAIN)
			.count();
		add(scores, "main-encounters", (int) mainTp, (int) extractedMain, (int) goldMain);
		add(scores, "all-encounters", pairs.size(), counted.size(), goldEncounters.size());
		field(scores, "date", pairs, counted, goldEncounters, (e, g) -> GoldMatch.date(e.date(), g.date()));
		field(scores, "city", pairs, counted, goldEncounters, (e, g) -> GoldMatch.text(e.city(), g.city()));
		field(scores, "participants", pairs, counted, goldEncounters, GoldMatch::sameParticipants);
		field(scores, "kind", pairs, counted, goldEncounters, (e, g) -> e.kind() == g.kind());
		field(scores, "status", pairs, counted, goldEncounters,
				(e, g) -> GoldMatch.status(e, g, x.referenceDate()));
		pairs.forEach((e, g) -> {
			if (e.role() == SourceRole.MAIN && g.roleIn(file) == SourceRole.MAIN) {
				Set<String> found = new TreeSet<>(e.disputes());
				Set<String> expected = new TreeSet<>(g.disputes());
				Set<String> both = new TreeSet<>(found);
				both.retainAll(expected);
				add(scores, "main-encounter-disputes", both.size(), found.size(), expected.size());
				if (!found.equals(expected)) {
					misses.add(file + ": " + g.date() + " " + g.participants() + " topics " + found + " vs " + expected);
				}
			}
		});
		for (Gold.Encounter g : goldEncounters) {
			ExtractedEncounter e = pairs.entrySet().stream().filter(p -> p.getValue() == g).map(Map.Entry::getKey)
				.findFirst().orElse(null);
			if (e == null) {
				misses.add(file + ": missed " + g.roleIn(file) + " " + g.date() + " " + g.participants() + " " + g.kind());
			}
			else {
				List<String> diff = GoldMatch.differences(e, g, file, x.referenceDate());
				if (!diff.isEmpty()) {
					misses.add(file + ": " + g.date() + " " + g.participants() + " differs: " + diff);
				}
			}
		}
		for (ExtractedEncounter e : counted) {
			if (!pairs.containsKey(e)) {
				misses.add(file + ": spurious " + e.role() + " " + e.status() + " " + e.date() + " "
						+ GoldMatch.participants(e) + " " + e.kind() + " | "
						+ e.evidence().get(0).of(x.body()).substring(0, Math.min(90, e.evidence().get(0).of(x.body()).length())));
			}
		}
		statements(file, x, gold, scores, misses);
		Set<String> goldTopics = new TreeSet<>(gold.articleDisputes().getOrDefault(file, List.of()));
		Set<String> topics = new TreeSet<>(x.disputes());
		Set<String> common = new TreeSet<>(topics);
		common.retainAll(goldTopics);
		add(scores, "disputes", common.size(), topics.size(), goldTopics.size());
		if (!topics.equals(goldTopics)) {
			misses.add(file + ": disputes " + topics + " vs " + goldTopics);
		}
	}

	private static void field(Map<String, Score> scores, String name, Map<ExtractedEncounter, Gold.Encounter> pairs,
			List<ExtractedEncounter> counted, List<Gold.Encounter> gold,
			BiPredicate<ExtractedEncounter, Gold.Encounter> same) {
		int tp = (int) pairs.entrySet().stream().filter(p -> same.test(p.getKey(), p.getValue())).count();
		add(scores, name, tp, counted.size(), gold.size());
	}

	private static void statements(String file, Extraction x, Gold gold, Map<String, Score> scores,
			List<String> misses) {
		List<Gold.Statement> goldStatements = gold.statementsOf(file);
		List<ExtractedStatement> left = new ArrayList<>(x.statements());
		int tp = 0;
		int quoteTp = 0;
		for (Gold.Statement g : goldStatements) {
			ExtractedStatement hit = left.stream().filter(s -> GoldMatch.statement(s, g)).findFirst().orElse(null);
			if (hit != null) {
				left.remove(hit);
				tp++;
				if (g.kind() == StatementKind.QUOTE) {
					quoteTp++;
				}
			}
			else {
				misses.add(file + ": missed statement " + g.kind() + " " + g.speaker() + " "
						+ Objects.toString(g.quoteStarts(), ""));
			}
		}
		for (ExtractedStatement s : left) {
			misses.add(file + ": extra statement " + s.kind() + " " + s.speaker().name() + ": "
					+ s.text().substring(0, Math.min(80, s.text().length())));
		}
		add(scores, "statements", tp, x.statements().size(), goldStatements.size());
		int goldQuotes = (int) goldStatements.stream().filter(g -> g.kind() == StatementKind.QUOTE).count();
		int quotes = (int) x.statements().stream().filter(s -> s.kind() == StatementKind.QUOTE).count();
		add(scores, "quotes", quoteTp, quotes, goldQuotes);
	}

	/**
	 * Pairs extracted with gold encounters of one article: first the same participants with
	 * overlapping dates, then the same participants, then the best remaining overlap of participants.
	 */
	static Map<ExtractedEncounter, Gold.Encounter> match(List<ExtractedEncounter> extracted, List<Gold.Encounter> gold) {
		Map<ExtractedEncounter, Gold.Encounter> pairs = new LinkedHashMap<>();
		List<Gold.Encounter> open = new ArrayList<>(gold);
		for (int round = 0; round < 3; round++) {
			for (ExtractedEncounter e : extracted) {
				if (pairs.containsKey(e)) {
					continue;
				}
				Gold.Encounter best = null;
				for (Gold.Encounter g : open) {
					boolean samePeopleAndTime = GoldMatch.sameParticipants(e, g) && e.date() != null && g.date() != null
							&& e.date().overlaps(g.date());
					boolean samePeople = GoldMatch.sameParticipants(e, g);
					boolean shareTwo = sharedParticipants(e, g) >= 2;
					boolean ok = switch (round) {
						case 0 -> samePeopleAndTime;
						case 1 -> samePeople;
						default -> shareTwo;
					};
					if (ok) {
						best = g;
						break;
					}
				}
				if (best != null) {
					pairs.put(e, best);
					open.remove(best);
				}
			}
		}
		return pairs;
	}

	private static int sharedParticipants(ExtractedEncounter e, Gold.Encounter g) {
		Set<String> a = GoldMatch.participants(e);
		a.retainAll(GoldMatch.names(g.participants()));
		return a.size();
	}

	/** The Markdown report: one table per data set and pass, then optionally every miss. */
	public static String report(List<Result> results, boolean details) {
		StringBuilder sb = new StringBuilder("# Extraction evaluation\n\n");
		for (Result r : results) {
			sb.append("## ").append(r.dataset()).append(", ").append(r.pass()).append("\n\n");
			sb.append("| field | precision | recall | F1 | correct | extracted | gold |\n");
			sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
			for (Map.Entry<String, Score> e : r.scores().entrySet()) {
				Score s = e.getValue();
				sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d | %d | %d |%n", e.getKey(),
						s.precision(), s.recall(), s.f1(), s.truePositives(), s.extracted(), s.gold()));
			}
			sb.append('\n');
		}
		if (details) {
			for (Result r : results) {
				if (r.dataset().equals("real-blind")) {
					continue; // blind: totals only, never its individual misses
				}
				sb.append("## Misses: ").append(r.dataset()).append(", ").append(r.pass()).append("\n\n");
				r.misses().forEach(m -> sb.append("- ").append(m).append('\n'));
				sb.append('\n');
			}
		}
		return sb.toString();
	}

	static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
