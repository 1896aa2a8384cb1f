package org.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts in visible text go through choice formats: "1 statement", "no statement", "1,250 statements". */
class PluralMessagesTest {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	PluralMessagesTest() {
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ENGLISH);
	}

	@Test
	void theUploadPreviewSaysEachCountInTheRightNumber() {
		assertThat(msg("preview.file.adds", 1, 1)).isEqualTo("1 encounter account, 1 statement");
		assertThat(msg("preview.file.adds", 0, 0)).isEqualTo("no encounter account, no statement");
		assertThat(msg("preview.file.adds", 3, 1250)).isEqualTo("3 encounter accounts, 1,250 statements");
		assertThat(msg("preview.summary.files", 1)).isEqualTo("1 file");
		assertThat(msg("preview.summary.files", 75)).isEqualTo("75 files");
		assertThat(msg("preview.summary.adds", 1, 0, 2))
			.isEqualTo("; 1 encounter account (no new encounter), 2 statements");
		assertThat(msg("preview.encounters", 1)).isEqualTo("1 encounter account");
		assertThat(msg("preview.statements", 2)).isEqualTo("2 statements");
	}

	@Test
	void listCountsToo() {
		assertThat(msg("event.sources", 1)).isEqualTo("1 source");
		assertThat(msg("event.statements", 1)).isEqualTo(", 1 statement");
		assertThat(msg("timeline.title.filtered", "Tokyo", 0)).isEqualTo("Timeline: Tokyo (no encounter)");
	}
}
