package org.diplomatictimeline.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.diplomatictimeline.domain.EncounterLevel;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

	private final ReferenceData data = ReferenceData.load(java.nio.file.Path.of("src/test/resources/reference-fixture"));

	@Test
	void holdersOfAnOfficeOnADay() {
		assertThat(data.holder("JP", "prime-minister", LocalDate.of(2019, 12, 24))).get()
			.satisfies(o -> assertThat(o.name()).isEqualTo("Shinzo Abe"));
		assertThat(data.holder("JP", "prime-minister", LocalDate.of(2020, 9, 16))).get()
			.satisfies(o -> assertThat(o.name()).isEqualTo("Yoshihide Suga"));
		assertThat(data.holder("KR", "president", LocalDate.of(2022, 3, 20))).get()
			.satisfies(o -> assertThat(o.name()).isEqualTo("Moon Jae-in"));
	}

	@Test
	void everyTableIsLoaded() {
		assertThat(data.terms("fumio-kishida")).extracting(o -> o.office()).containsExactly("foreign-minister", "prime-minister");
		assertThat(data.office("KR", "president-elect")).isPresent();
		assertThat(data.country("KR")).get().satisfies(c -> assertThat(c.adjectives()).contains("South Korean"));
		assertThat(data.places()).anySatisfy(p -> assertThat(p.aliases()).contains("Pusan"));
		assertThat(data.gatherings("unga")).hasSize(2);
		assertThat(data.series("asem-fm")).get().satisfies(s -> assertThat(s.level()).isEqualTo(EncounterLevel.FOREIGN_MINISTERS));
		assertThat(data.disputeTopics()).extracting(t -> t.slug()).contains("comfort-women");
	}

	@Test
	void theBundledCopyLoadsFromTheClasspath() {
		assertThat(ReferenceData.loadDefault().officials()).isNotEmpty();
	}
}
