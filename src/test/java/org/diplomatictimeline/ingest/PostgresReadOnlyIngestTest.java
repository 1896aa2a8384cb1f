package org.diplomatictimeline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.diplomatictimeline.DiplomaticTimelineApplication;
import org.diplomatictimeline.support.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest command with the postgres profile, on a database an operator has made read-only. */
@Tag("postgres")
class PostgresReadOnlyIngestTest {

	@TempDir
	Path dir;

	@Test
	void aReadOnlyDatabaseGivesAClearErrorAndNothingIsStored() throws Exception {
		var server = EmbeddedPostgresInitializer.server();
		try (Connection admin = server.getPostgresDatabase().getConnection()) {
			admin.createStatement().execute("drop database if exists readonly_ingest");
			admin.createStatement().execute("create database readonly_ingest");
		}
		String url = server.getJdbcUrl("postgres", "readonly_ingest");
		Map<String, Object> postgres = Map.of("spring.profiles.active", "postgres", "DATABASE_URL", url,
				"DATABASE_USERNAME", "postgres", "DATABASE_PASSWORD", "");

		Path first = Files.createDirectories(dir.resolve("first"));
		Files.writeString(first.resolve("a.txt"), "Foreign ministers met in Seoul on Monday.\n");
		assertThat(run(first, postgres, new ByteArrayOutputStream())).isZero();
		assertThat(articleCount(url)).isEqualTo(1);

		try (Connection admin = server.getPostgresDatabase().getConnection()) {
			admin.createStatement().execute("alter database readonly_ingest set default_transaction_read_only = on");
		}
		Path second = Files.createDirectories(dir.resolve("second"));
		Files.writeString(second.resolve("b.txt"), "Leaders spoke by telephone on Friday.\n");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = run(second, postgres, err);

		assertThat(code).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("ingest: the database refused to store b.txt (nothing of it was stored)")
			.contains("read-only transaction");
		assertThat(articleCount(url)).isEqualTo(1);
	}

	private static int run(Path folder, Map<String, Object> overrides, ByteArrayOutputStream err) {
		return new IngestCommand(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true), false)
			.run(DiplomaticTimelineApplication.class, List.of(folder.toString()), overrides);
	}

	private static long articleCount(String url) throws Exception {
		try (var connection = DriverManager.getConnection(url, "postgres", "");
				var rows = connection.createStatement().executeQuery("select count(*) from article")) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
