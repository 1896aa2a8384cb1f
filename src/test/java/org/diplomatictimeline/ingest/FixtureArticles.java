package org.diplomatictimeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.ingest.extract.ArticleMetadata;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;
import org.diplomatictimeline.ingest.extract.Extraction;
import org.diplomatictimeline.domain.Formality;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.ingest.extract.TextSpan;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Stores the browser tests' own articles (test resources {@code browser/articles/}) with hand-made
 * extractions, after the start-up ingest: the pages under test then hold known encounters of every
 * kind, level and date precision, whatever the extractor makes of the seed articles.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixtureArticles {

	static final ExtractedParticipant KISHIDA = jp("fumio-kishida", "Fumio Kishida", "prime-minister");

	static final ExtractedParticipant YOON = kr("yoon-suk-yeol", "Yoon Suk Yeol", "president");

	/** File names of the fixture articles, in the order they are stored. */
	public static final List<String> FILES = List.of("b01_tokyo-summit-2023.txt",
			"b02_foreign-ministers-tokyo-2022.txt", "b03_camp-david-2023.txt", "b04_ishiba-yoon-call-2024.txt",
			"b05_bangkok-2019.txt", "b06_han-kishida-2022.txt");

	@Bean
	@Order(200)
	ApplicationRunner fixtureArticlesLoader(ExtractionStore store, ArticleRepository articles) {
		return args -> {
			for (String file : FILES) {
				byte[] bytes = read(file);
				String hash = ArticleIngestService.sha256(bytes);
				if (articles.findByContentHash(hash).isEmpty()) {
					String body = new String(bytes, StandardCharsets.UTF_8);
					store.store(file, hash, extraction(file, body));
				}
			}
		};
	}

	static Extraction extraction(String file, String body) {
		return switch (file) {
			case "b01_tokyo-summit-2023.txt" -> article(body, "Yoon and Kishida hold Tokyo summit", "2023-03-16",
					List.of("wartime-labor", "export-controls"),
					encounter(body, "2023-03-16", "Tokyo", "Japan", "Working visit", EncounterKind.SUMMIT,
							EncounterLevel.LEADERS, SourceRole.MAIN, List.of(KISHIDA, YOON),
							List.of("wartime-labor", "export-controls"),
							"South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held a summit in Tokyo on March 16, 2023",
							"The two leaders agreed to restart regular reciprocal visits"),
					encounter(body, "2011-12", "Kyoto", "Japan", null, EncounterKind.SUMMIT, EncounterLevel.LEADERS,
							SourceRole.MENTIONED,
							List.of(jp("yoshihiko-noda", "Yoshihiko Noda", "prime-minister"),
									kr("lee-myung-bak", "Lee Myung-bak", "president")),
							List.of(), "Lee Myung-bak's trip to Kyoto in December 2011"),
					encounter(body, "2023-05", "Seoul", "South Korea", null, EncounterKind.SUMMIT,
							EncounterLevel.LEADERS, SourceRole.MENTIONED, List.of(KISHIDA, YOON), List.of(),
							"Kishida returned the visit in May 2023"));
			case "b02_foreign-ministers-tokyo-2022.txt" -> article(body, "Park and Hayashi meet in Tokyo",
					"2022-07-19", List.of("wartime-labor"),
					encounter(body, "2022-07-18", "Tokyo", "Japan", null, EncounterKind.TALKS,
							EncounterLevel.FOREIGN_MINISTERS, SourceRole.MAIN,
							List.of(jp("yoshimasa-hayashi", "Yoshimasa Hayashi", "foreign-minister"),
									kr("park-jin", "Park Jin", "foreign-minister")),
							List.of("wartime-labor"),
							"South Korean Foreign Minister Park Jin held talks with his Japanese counterpart Yoshimasa Hayashi in Tokyo on July 18, 2022",
							"Over dinner the two ministers discussed how to resolve the wartime labor dispute"));
			case "b03_camp-david-2023.txt" -> article(body, "Three leaders meet at Camp David", "2023-08-19",
					List.of(),
					encounter(body, "2023-08-18", "Camp David", "United States", "Camp David summit",
							EncounterKind.TRILATERAL, EncounterLevel.LEADERS, SourceRole.MAIN,
							List.of(KISHIDA, YOON,
									new ExtractedParticipant("joe-biden", "Joe Biden", "US", "president", true)),
							List.of(),
							"President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David",
							"The three governments agreed to hold a trilateral summit every year"));
			case "b04_ishiba-yoon-call-2024.txt" -> article(body, "Ishiba and Yoon speak by phone", "2024-10-02",
					List.of(),
					encounter(body, "2024-10-02", null, null, null, EncounterKind.PHONE_CALL, EncounterLevel.LEADERS,
							SourceRole.MAIN, List.of(jp("shigeru-ishiba", "Shigeru Ishiba", "prime-minister"), YOON),
							List.of(),
							"Japan's new Prime Minister Shigeru Ishiba spoke by telephone with South Korean President Yoon Suk Yeol on October 2, 2024"));
			case "b05_bangkok-2019.txt" -> article(body, "Abe and Moon talk in Bangkok", "2019-11-04",
					List.of("export-controls", "gsomia"),
					encounter(body, "2019-11-04", "Bangkok", "Thailand", "ASEAN Plus Three summit",
							EncounterKind.BRIEF_ENCOUNTER, EncounterLevel.LEADERS, SourceRole.MAIN,
							List.of(jp("shinzo-abe", "Shinzo Abe", "prime-minister"),
									kr("moon-jae-in", "Moon Jae-in", "president")),
							List.of("export-controls", "gsomia"),
							"Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in sat down for about eleven minutes in a waiting room in Bangkok"));
			case "b06_han-kishida-2022.txt" -> article(body, "Han meets Kishida after Abe funeral", "2022-09-28",
					List.of("wartime-labor"),
					encounter(body, "2022-09-28", "Tokyo", "Japan", "State funeral of Shinzo Abe", EncounterKind.TALKS,
							EncounterLevel.OTHER, SourceRole.MAIN,
							List.of(KISHIDA, kr("han-duck-soo", "Han Duck-soo", "prime-minister")),
							List.of("wartime-labor"),
							"South Korean Prime Minister Han Duck-soo met Japanese Prime Minister Fumio Kishida in Tokyo on September 28, 2022",
							"The meeting lasted about twenty minutes"));
			default -> throw new IllegalArgumentException("no fixture extraction for " + file);
		};
	}

	private static Extraction article(String body, String title, String published, List<String> disputes,
			ExtractedEncounter... encounters) {
		LocalDate date = LocalDate.parse(published);
		ArticleMetadata meta = new ArticleMetadata(title, "Example Wire",
				"https://example.org/" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), date);
		return new Extraction(meta, body, date, Arrays.asList(encounters), List.of(), disputes, List.of());
	}

	private static ExtractedEncounter encounter(String body, String date, String city, String country,
			String occasion, EncounterKind kind, EncounterLevel level, SourceRole role,
			List<ExtractedParticipant> participants, List<String> disputes, String... evidence) {
		List<TextSpan> spans = Arrays.stream(evidence).map(phrase -> span(body, phrase)).toList();
		return new ExtractedEncounter(FuzzyDate.parse(date), city, country, occasion, kind, level,
				kind == EncounterKind.SUMMIT ? Formality.FORMAL : null, null, EncounterStatus.HELD, role, participants,
				disputes, spans);
	}

	private static TextSpan span(String body, String phrase) {
		int start = body.indexOf(phrase);
		if (start < 0) {
			throw new IllegalStateException("evidence not in the article: " + phrase);
		}
		return new TextSpan(start, start + phrase.length());
	}

	private static ExtractedParticipant jp(String id, String name, String office) {
		return new ExtractedParticipant(id, name, "JP", office, true);
	}

	private static ExtractedParticipant kr(String id, String name, String office) {
		return new ExtractedParticipant(id, name, "KR", office, true);
	}

	private static byte[] read(String file) {
		try (InputStream in = FixtureArticles.class.getResourceAsStream("/browser/articles/" + file)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource browser/articles/" + file);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
