package org.diplomatictimeline.curation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.diplomatictimeline.support.EmbeddedPostgresInitializer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database of its own on the test run's PostgreSQL server, so that the corrections a flow test makes
 * on the seed articles never meet the other PostgreSQL tests' data.
 */
class SeedsDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var pg = EmbeddedPostgresInitializer.server();
		String name = "curation_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection c = pg.getPostgresDatabase().getConnection()) {
			c.createStatement().execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot create database " + name, e);
		}
		TestPropertyValues.of("DATABASE_URL=" + pg.getJdbcUrl("postgres", name), "DATABASE_USERNAME=postgres",
				"DATABASE_PASSWORD=")
			.applyTo(context.getEnvironment());
	}
}
