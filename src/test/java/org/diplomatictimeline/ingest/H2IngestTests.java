package org.diplomatictimeline.ingest;

import javax.sql.DataSource;

import org.diplomatictimeline.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@H2IntegrationTest
class H2IngestTests extends AbstractIngestTests {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnH2() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
		}
	}
}
