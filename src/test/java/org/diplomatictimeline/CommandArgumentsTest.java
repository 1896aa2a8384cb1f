package org.diplomatictimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandArgumentsTest {

	@Test
	void propertyArgumentsAreSetApartFromTheOperands() {
		CommandArguments args = CommandArguments.parse(List.of("articles", "--spring.datasource.url=jdbc:h2:mem:x",
				"--spring.datasource.username=sa", "--logging.level.root=info"));

		assertThat(args.operands()).containsExactly("articles");
		assertThat(args.properties()).containsExactly(Map.entry("spring.datasource.url", "jdbc:h2:mem:x"),
				Map.entry("spring.datasource.username", "sa"), Map.entry("logging.level.root", "info"));
		assertThat(args.help()).isFalse();
		assertThat(args.unknown()).isNull();
	}

	@Test
	void helpUnknownOptionsAndTheEndOfOptions() {
		assertThat(CommandArguments.parse(List.of("--help")).help()).isTrue();
		assertThat(CommandArguments.parse(List.of("folder", "-h")).help()).isTrue();
		assertThat(CommandArguments.parse(List.of("--verbose", "folder")).unknown()).isEqualTo("--verbose");
		assertThat(CommandArguments.parse(List.of("--", "--odd-folder-name")).operands())
			.containsExactly("--odd-folder-name");
		assertThat(CommandArguments.parse(List.of("--a=1=2")).properties()).containsEntry("a", "1=2");
	}

	@Test
	void everyCommandAnswersHelpWithoutStartingAndRefusesAnUnknownOption() {
		for (String command : List.of("extract", "ingest", "reextract", "hash-password")) {
			assertThat(DiplomaticTimelineApplication.run(command, List.of("--help"), false)).as(command).isZero();
			assertThat(DiplomaticTimelineApplication.run(command, List.of("--verbose"), false)).as(command).isEqualTo(2);
		}
		assertThat(DiplomaticTimelineApplication.help()).contains("usage: ingest <folder>", "--spring.datasource.url=");
	}

	@Test
	void ingestStoresIntoTheDatabaseThePropertyArgumentNames(@TempDir Path dir) {
		Path db = dir.resolve("timeline");

		int exit = DiplomaticTimelineApplication.run("ingest", List.of("src/test/resources/browser/articles",
				"--spring.datasource.url=jdbc:h2:file:" + db.toAbsolutePath()), false);

		assertThat(exit).isZero();
		assertThat(Files.exists(dir.resolve("timeline.mv.db"))).as("the database named on the command line").isTrue();
	}
}
