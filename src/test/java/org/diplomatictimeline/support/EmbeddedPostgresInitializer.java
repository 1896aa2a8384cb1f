package org.diplomatictimeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one PostgreSQL server for the whole test run (the binaries come from Maven, no Docker) and
 * hands its address to the {@code postgres} profile as {@code DATABASE_URL}, as an operator would.
 * When the build runs as root, the server's processes run as an
 * unprivileged user, as PostgreSQL requires; nothing needs configuring for that.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedPostgres server;

	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting; the data directory is temporary
				}
			}));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EmbeddedPostgres pg = server();
		// the variables an operator sets, so that the postgres profile's own mapping is what the tests use
		TestPropertyValues.of("DATABASE_URL=" + pg.getJdbcUrl("postgres", "postgres"), "DATABASE_USERNAME=postgres",
				"DATABASE_PASSWORD=")
			.applyTo(context.getEnvironment());
	}
}
