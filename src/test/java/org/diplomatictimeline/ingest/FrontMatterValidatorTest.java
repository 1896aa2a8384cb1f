package org.diplomatictimeline.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterValidatorTest {

	private final FrontMatterValidator validator = new FrontMatterValidator(
			Clock.fixed(Instant.parse("2024-06-10T12:00:00Z"), ZoneOffset.UTC));

	@Test
	void acceptsTodayTomorrowAndThePast() throws Exception {
		assertThat(validator.validate("---\npublished: 2024-06-11\n---\nText.").metadata().published())
			.hasToString("2024-06-11");
		assertThat(validator.validate("No front matter at all.").body()).isEqualTo("No front matter at all.");
	}

	@Test
	void rejectsAFutureDateNamingItsLine() {
		assertThatThrownBy(() -> validator.validate("---\ntitle: t\npublished: 2024-06-12\n---\nText."))
			.isInstanceOf(RejectedInputException.class)
			.hasMessage("front matter, line 3: the published date 2024-06-12 is in the future");
	}

	@Test
	void rejectsBrokenBlocks() {
		assertThatThrownBy(() -> validator.validate("---\ntitle: t\n")).hasMessageContaining("line 1")
			.hasMessageContaining("never closed");
		assertThatThrownBy(() -> validator.validate("---\npublished: yesterday\n---\nText."))
			.hasMessageContaining("line 2")
			.hasMessageContaining("'yesterday' is not a date");
		assertThatThrownBy(() -> validator.validate("---\ntitle: t\n---\n\n")).hasMessageContaining("no text after it");
	}
}
