package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance on the five commissioned seed articles against their hand-made gold: every held or
 * mentioned encounter with its date, place, people, kind, level and status, nothing spurious (a
 * cancelled plan may be reported in addition), every gold statement with its speaker, and the
 * article's dispute topics.
 */
class SeedsExtractionTest {

	private static final Path ARTICLES = Path.of("data/articles");

	private static ArticleExtractor extractor;

	private static Gold gold;

	@BeforeAll
	static void setUp() {
		extractor = new ArticleExtractor(ReferenceData.load(Path.of("data/reference")));
		gold = Gold.read(Path.of("src/test/resources/seeds-gold.json"));
	}

	static Stream<Arguments> seeds() throws IOException {
		try (Stream<Path> files = Files.list(ARTICLES)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> Arguments.of(p.getFileName().toString())).toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void matchesGold(String file) throws IOException {
		String text = Files.readString(ARTICLES.resolve(file), StandardCharsets.UTF_8);
		Extraction x = extractor.extract(file, text);
		String dump = file + "\n" + ExtractionDump.of(x);
		List<ExtractedEncounter> extracted = new ArrayList<>(
				x.encounters().stream().filter(e -> e.status() != EncounterStatus.CANCELLED).toList());
		for (Gold.Encounter g : gold.encountersOf(file)) {
			ExtractedEncounter match = extracted.stream()
				.filter(e -> GoldMatch.differences(e, g, file, x.referenceDate()).isEmpty())
				.findFirst()
				.orElse(null);
			String closest = extracted.stream()
				.filter(e -> GoldMatch.sameParticipants(e, g))
				.map(e -> GoldMatch.differences(e, g, file, x.referenceDate()).toString())
				.findFirst()
				.orElse("no encounter with these participants");
			assertThat(match).as("gold encounter %s %s in %s: %s%n%s", g.date(), g.participants(), file, closest, dump)
				.isNotNull();
			extracted.remove(match);
		}
		assertThat(extracted).as("spurious encounters in %s%n%s", file, dump).isEmpty();
		for (Gold.Statement g : gold.statementsOf(file)) {
			assertThat(x.statements()).as("statement of %s (%s) in %s%n%s", g.speaker(), g.quoteStarts(), file, dump)
				.anyMatch(s -> GoldMatch.statement(s, g));
		}
		assertThat(x.disputes()).as("dispute topics of %s%n%s", file, dump)
			.containsExactlyInAnyOrderElementsOf(gold.articleDisputes().get(file));
	}
}
