package org.diplomatictimeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.diplomatictimeline.dispute.DisputeTopic;
import org.diplomatictimeline.dispute.DisputeTopicRepository;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
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
import org.diplomatictimeline.statement.StatementRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@DataJpaTest
@ActiveProfiles("test")
@Import({ ExtractionStore.class, StoredEncounterMatch.class, ExtractionStoreTest.FixedClock.class })
class ExtractionStoreTest {

	static final ExtractedParticipant KISHIDA = new ExtractedParticipant("fumio-kishida", "Fumio Kishida", "JP",
			"prime-minister", true);

	static final ExtractedParticipant YOON = new ExtractedParticipant("yoon-suk-yeol", "Yoon Suk Yeol", "KR",
			"president", true);

	static final String BODY = "The leaders met in Seoul. They talked for an hour.";

	@Autowired
	ExtractionStore store;

	@Autowired
	EncounterRepository encounters;

	@Autowired
	StatementRepository statements;

	@Autowired
	DisputeTopicRepository topics;

	@BeforeEach
	void topics() {
		topics.save(new DisputeTopic("wartime-labor", "Wartime labor", null));
		topics.save(new DisputeTopic("export-controls", "Export controls", null));
	}

	@Test
	void twoArticlesAboutTheSameMeetingMakeOneEncounterWithTwoSources() {
		store.store("a.txt", "hash-a", extraction(meeting("2023-03-16", "Tokyo", SourceRole.MAIN, "wartime-labor")));
		store.store("b.txt", "hash-b", extraction(meeting("2023-03", null, SourceRole.MENTIONED, "export-controls")));

		List<Encounter> all = encounters.findTimeline();
		assertThat(all).hasSize(1);
		Encounter merged = all.get(0);
		assertThat(merged.getDate().iso()).isEqualTo("2023-03-16");
		assertThat(merged.getCity()).isEqualTo("Tokyo");
		assertThat(merged.getSources()).hasSize(2);
		assertThat(merged.getDisputes()).containsExactlyInAnyOrder("wartime-labor", "export-controls");
	}

	@Test
	void aMainReportRefinesWhatAnEarlierMentionSaid() {
		store.store("a.txt", "hash-a", extraction(meeting("2023-03", null, SourceRole.MENTIONED)));
		ExtractedEncounter main = new ExtractedEncounter(FuzzyDate.parse("2023-03-16"), "Tokyo", "Japan", "State visit",
				EncounterKind.SUMMIT, EncounterLevel.LEADERS, Formality.FORMAL, 85, EncounterStatus.HELD,
				SourceRole.MAIN, List.of(KISHIDA, YOON), List.of(), List.of(new TextSpan(0, 25)));
		store.store("b.txt", "hash-b", extraction(main));

		Encounter merged = encounters.findTimeline().get(0);
		assertThat(merged.getDate().iso()).isEqualTo("2023-03-16");
		assertThat(merged.getKind()).isEqualTo(EncounterKind.SUMMIT);
		assertThat(merged.getDurationMinutes()).isEqualTo(85);
		assertThat(merged.getFormality()).isEqualTo(Formality.FORMAL);
	}

	@Test
	void differentDaysOrDifferentPeopleStaySeparate() {
		store.store("a.txt", "hash-a", extraction(meeting("2022-09-21", "New York", SourceRole.MAIN)));
		store.store("b.txt", "hash-b", extraction(meeting("2022-09-19", "New York", SourceRole.MAIN)));
		ExtractedParticipant hayashi = new ExtractedParticipant("yoshimasa-hayashi", "Yoshimasa Hayashi", "JP",
				"foreign-minister", true);
		ExtractedEncounter ministers = new ExtractedEncounter(FuzzyDate.parse("2022-09-21"), "New York",
				"United States", null, EncounterKind.TALKS, EncounterLevel.OTHER, null, null, EncounterStatus.HELD,
				SourceRole.MAIN, List.of(hayashi, YOON), List.of(), List.of(new TextSpan(0, 25)));
		store.store("c.txt", "hash-c", extraction(ministers));

		assertThat(encounters.findTimeline()).hasSize(3);
	}

	@Test
	void unknownTopicsAreDroppedAndStatementsJoinTheirEncounter() {
		ExtractedStatement said = new ExtractedStatement(KISHIDA, "They talked for an hour.", StatementKind.REPORTED,
				"Japanese Foreign Ministry", FuzzyDate.parse("2023-03-16"), 0, new TextSpan(26, 50));
		Extraction extraction = new Extraction(ArticleMetadata.NONE, BODY, null,
				List.of(meeting("2023-03-16", "Seoul", SourceRole.MAIN, "no-such-topic")), List.of(said),
				List.of("wartime-labor", "no-such-topic"), List.of());
		IngestOutcome outcome = store.store("a.txt", "hash-a", extraction);

		assertThat(outcome.encounters()).isEqualTo(1);
		Encounter encounter = encounters.findTimeline().get(0);
		assertThat(encounter.getDisputes()).isEmpty();
		assertThat(statements.findByEncounterIdOrderById(encounter.getId()))
			.singleElement()
			.satisfies(s -> assertThat(s.getVia()).isEqualTo("Japanese Foreign Ministry"));
	}

	static ExtractedEncounter meeting(String date, String city, SourceRole role, String... disputes) {
		return new ExtractedEncounter(FuzzyDate.parse(date), city, city == null ? null : "Somewhere", null,
				EncounterKind.TALKS, EncounterLevel.LEADERS, null, null, EncounterStatus.HELD, role,
				List.of(KISHIDA, YOON), List.of(disputes), List.of(new TextSpan(0, 25)));
	}

	static Extraction extraction(ExtractedEncounter encounter) {
		return new Extraction(ArticleMetadata.NONE, BODY, null, List.of(encounter), List.of(), List.of(), List.of());
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
		}
	}
}
