package org.diplomatictimeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diplomatictimeline.DiplomaticTimelineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	final ExtractCommand command = new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void writesTheTimelineDocumentOfAFolder(@TempDir Path dir) throws Exception {
		Path articles = Files.createDirectory(dir.resolve("in"));
		Files.writeString(articles.resolve("a.txt"), "Foreign ministers of Japan and South Korea spoke by phone.");
		Files.write(articles.resolve("b.txt"), new byte[] { 1, 0, 2 });
		Path target = dir.resolve("out/timeline.json");

		int exit = command.run(DiplomaticTimelineApplication.class, List.of(articles.toString(), target.toString()));

		assertThat(exit).as("a rejected file makes the exit code non-zero").isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("b.txt").contains("binary");
		JsonNode document = JsonMapper.builder().build().readTree(target.toFile());
		assertThat(document.has("encounters")).isTrue();
		assertThat(document.has("statements")).isTrue();
		assertThat(document.get("articles")).hasSize(1);
		assertThat(document.get("articles").get(0).get("file").asString()).isEqualTo("a.txt");
	}

	@Test
	void aMissingFolderIsNamedAndFails(@TempDir Path dir) {
		int exit = command.run(DiplomaticTimelineApplication.class,
				List.of(dir.resolve("missing").toString(), dir.resolve("x.json").toString()));

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("folder not found").contains("missing");
	}

	@Test
	void wrongArgumentsPrintUsage() {
		assertThat(command.run(DiplomaticTimelineApplication.class, List.of("only-one"))).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
	}
}
