package org.diplomatictimeline.curation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The curation flow on an in-memory H2 database of its own. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:curation-flow;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class H2CurationFlowTests extends AbstractCurationFlowTests {
}
