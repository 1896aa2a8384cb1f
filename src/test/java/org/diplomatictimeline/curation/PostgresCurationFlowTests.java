package org.diplomatictimeline.curation;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The curation flow on PostgreSQL, in a database of its own on the test run's server. */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = SeedsDatabase.class)
class PostgresCurationFlowTests extends AbstractCurationFlowTests {
}
