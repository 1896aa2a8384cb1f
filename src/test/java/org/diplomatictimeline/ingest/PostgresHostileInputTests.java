package org.diplomatictimeline.ingest;

import org.diplomatictimeline.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class PostgresHostileInputTests extends AbstractHostileInputTests {
}
