package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diplomatictimeline.domain.SourceRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real-article corpus' gold files are well formed (they are read in CI, where the texts are
 * absent), and the dev/blind split follows the documented rule.
 */
class RealCorpusGoldTest {

	private static final Path DIR = Path.of("src/test/resources/real");

	private static final Set<String> TOPICS = Set.of("wartime-labor", "comfort-women", "export-controls",
			"takeshima-dokdo", "rising-sun-flag", "history-textbooks", "fukushima-water", "gsomia", "sado-mine",
			"yasukuni");

	@Test
	void urlsAreNormalizedAsTheHoldoutRuleSays() {
		assertThat(RealCorpus.normalizeUrl("https://www.Example.com/a/b/?utm_source=x&id=3#top"))
			.isEqualTo("example.com/a/b/?id=3");
		assertThat(RealCorpus.normalizeUrl("http://m.example.org/node/12/")).isEqualTo("example.org/node/12");
		assertThat(RealCorpus.normalizeUrl("https://m-news.example.kr")).isEqualTo("news.example.kr");
	}

	@Test
	void theSplitIsFixedByTheUrl() {
		// first eight hex digits of SHA-256("oananews.org/node/689330") are divisible by 3
		assertThat(RealCorpus.isBlind("http://m.oananews.org/node/689330")).isTrue();
		assertThat(RealCorpus.isBlind("https://www.example.com/a/b/?id=3")).isFalse();
	}

	@Test
	void everyGoldFileIsWellFormed() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<String> problems = new ArrayList<>();
		Set<String> urls = new HashSet<>();
		List<RealCorpus.Article> articles = RealCorpus.load(DIR).all();
		for (RealCorpus.Article a : articles) {
			JsonNode root = json.readTree(Files.readString(a.gold()));
			String where = a.gold().getFileName().toString();
			if (!where.equals(a.id() + ".json") || !a.id().matches("\\d{3}_[a-z0-9-]+")) {
				problems.add(where + ": id " + a.id() + " does not match the file name");
			}
			if (!urls.add(RealCorpus.normalizeUrl(a.url()))) {
				problems.add(where + ": url used twice");
			}
			if (root.path("query").asString("").isBlank() || root.path("rank").asInt(0) < 1
					|| !root.path("text_sha256").asString("").matches("[0-9a-f]{64}")) {
				problems.add(where + ": query, rank or text_sha256 missing");
			}
			if (a.published() != null && !a.published().matches("\\d{4}-\\d{2}-\\d{2}")) {
				problems.add(where + ": published is not YYYY-MM-DD");
			}
			Gold gold = Gold.read(a.gold());
			for (Gold.Encounter e : gold.encounters()) {
				if (e.participants().size() < 2 || e.kind() == null || e.level() == null || e.status() == null
						|| e.roleIn(a.file()) == null) {
					problems.add(where + ": encounter " + e.date() + " " + e.participants()
							+ " lacks participants, kind, level, status or a source in " + a.file());
				}
				e.disputes().stream().filter(t -> !TOPICS.contains(t)).forEach(t -> problems.add(where + ": topic " + t));
			}
			for (Gold.Statement s : gold.statements()) {
				if (!s.file().equals(a.file()) || s.speaker().isBlank() || s.kind() == null) {
					problems.add(where + ": statement of " + s.speaker() + " lacks file, speaker or kind");
				}
			}
			gold.articleDisputes().values().forEach(list -> list.stream().filter(t -> !TOPICS.contains(t))
				.forEach(t -> problems.add(where + ": topic " + t)));
			if (a.nearMiss() && gold.encounters().stream().anyMatch(e -> e.roleIn(a.file()) == SourceRole.MAIN)) {
				problems.add(where + ": a near miss with a main encounter");
			}
		}
		assertThat(problems).isEmpty();
	}
}
