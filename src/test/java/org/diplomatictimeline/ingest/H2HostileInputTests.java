package org.diplomatictimeline.ingest;

import org.diplomatictimeline.support.H2IntegrationTest;

@H2IntegrationTest
class H2HostileInputTests extends AbstractHostileInputTests {
}
