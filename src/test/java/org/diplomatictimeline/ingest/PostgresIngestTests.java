package org.diplomatictimeline.ingest;

import javax.sql.DataSource;

import org.diplomatictimeline.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresIntegrationTest
class PostgresIngestTests extends AbstractIngestTests {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnPostgreSQLMigratedByFlyway() throws Exception {
		try (var connection = dataSource.getConnection();
				var rows = connection.createStatement()
					.executeQuery("select count(*) from flyway_schema_history where success")) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			rows.next();
			assertThat(rows.getInt(1)).isPositive();
		}
	}
}
