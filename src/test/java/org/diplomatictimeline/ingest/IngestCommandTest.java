package org.diplomatictimeline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.diplomatictimeline.DiplomaticTimelineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest and reextract commands on a file database, as an operator runs them. */
class IngestCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	@Test
	void aMissingFolderIsAUsageErrorBeforeAnythingStarts() {
		int code = ingestCommand().run(DiplomaticTimelineApplication.class, List.of(dir.resolve("nope").toString()),
				Map.of());
		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("ingest: folder not found:").contains("nope");
		assertThat(ingestCommand().run(DiplomaticTimelineApplication.class, List.of(), Map.of())).isEqualTo(2);
	}

	@Test
	void ingestsReportsEachFileReextractsAndFailsCleanlyOnAReadOnlyDatabase() throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("db/timeline").toAbsolutePath();
		Path folder = Files.createDirectories(dir.resolve("articles"));
		Files.writeString(folder.resolve("a.txt"), "Foreign ministers met in Tokyo on Monday.\n");
		Files.writeString(folder.resolve("b-copy-of-a.txt"), "Foreign ministers met in Tokyo on Monday.\n");
		Files.write(folder.resolve("c-empty.txt"), new byte[0]);
		Files.writeString(folder.resolve("d-broken.txt"), "---\ntitle: Unclosed\n");
		Files.writeString(folder.resolve("ignored.md"), "not an article");

		int code = ingestCommand().run(DiplomaticTimelineApplication.class, List.of(folder.toString()),
				Map.of("spring.datasource.url", url));
		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(code).as(report + err).isEqualTo(1);
		assertThat(report).contains("1 new, 1 already present, 2 rejected")
			.contains("rejected c-empty.txt: the file is empty")
			.contains("rejected d-broken.txt: front matter, line 1:")
			.contains("4/4 files (100%)")
			.doesNotContain("ignored.md");
		assertThat(articleCount(url)).isEqualTo(1);

		out.reset();
		assertThat(new ReextractCommand(new PrintStream(out, true), new PrintStream(err, true), false)
			.run(DiplomaticTimelineApplication.class, List.of(), Map.of("spring.datasource.url", url))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("reextract: 1 articles re-extracted");

		Path more = Files.createDirectories(dir.resolve("more"));
		Files.writeString(more.resolve("e.txt"), "Leaders spoke by telephone.\n");
		out.reset();
		code = ingestCommand().run(DiplomaticTimelineApplication.class, List.of(more.toString()),
				Map.of("spring.datasource.url", url + ";ACCESS_MODE_DATA=r"));
		assertThat(code).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("ingest: the database refused to store e.txt (nothing of it was stored)")
			.contains("stopped after 0 of 1 files");
		assertThat(articleCount(url)).isEqualTo(1);
	}

	private IngestCommand ingestCommand() {
		return new IngestCommand(new PrintStream(out, true), new PrintStream(err, true), false);
	}

	private static long articleCount(String url) throws Exception {
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var rows = connection.createStatement().executeQuery("select count(*) from article")) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
