package org.diplomatictimeline.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.diplomatictimeline.DiplomaticTimelineApplication;
import org.diplomatictimeline.support.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances starting at the same moment on one empty PostgreSQL database, as after a deployment:
 * Flyway's lock lets one migrate, the other finds the schema current, both start.
 */
@Tag("postgres")
class PostgresConcurrentStartTest {

	@Test
	void twoInstancesMigrateOneDatabaseOnce() throws Exception {
		var server = EmbeddedPostgresInitializer.server();
		try (Connection admin = server.getPostgresDatabase().getConnection()) {
			admin.createStatement().execute("drop database if exists two_instances");
			admin.createStatement().execute("create database two_instances");
		}
		String url = server.getJdbcUrl("postgres", "two_instances");
		Map<String, Object> postgres = Map.of("spring.profiles.active", "postgres", "DATABASE_URL", url,
				"DATABASE_USERNAME", "postgres", "DATABASE_PASSWORD", "");
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Future<ConfigurableApplicationContext>> started = List.of(
					instances.submit(() -> CommandLineContext.start(DiplomaticTimelineApplication.class, postgres)),
					instances.submit(() -> CommandLineContext.start(DiplomaticTimelineApplication.class, postgres)));
			for (Future<ConfigurableApplicationContext> instance : started) {
				try (ConfigurableApplicationContext context = instance.get(5, TimeUnit.MINUTES)) {
					assertThat(context.getBean(ArticleIngestService.class)).isNotNull();
				}
			}
		}
		finally {
			instances.shutdownNow();
		}
		try (var connection = DriverManager.getConnection(url, "postgres", "");
				var rows = connection.createStatement()
					.executeQuery("select version, count(*) from flyway_schema_history where version is not null group by version having count(*) > 1")) {
			assertThat(rows.next()).as("no migration applied twice").isFalse();
		}
		try (var connection = DriverManager.getConnection(url, "postgres", "");
				var rows = connection.createStatement().executeQuery("select count(*) from dispute_topic")) {
			rows.next();
			assertThat(rows.getInt(1)).as("reference topics synchronised").isPositive();
		}
	}
}
