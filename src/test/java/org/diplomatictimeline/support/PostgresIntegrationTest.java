package org.diplomatictimeline.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with the {@code postgres} profile on a real PostgreSQL server, started once
 * per test run by {@link EmbeddedPostgresInitializer}, schema by Flyway. Every class so annotated
 * shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@AutoConfigureMockMvc
public @interface PostgresIntegrationTest {
}
