package org.diplomatictimeline.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.diplomatictimeline.ingest.FixtureArticles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that drives the running application in headless Chromium. Every browser test class carries
 * exactly this configuration, so they all share one application context: the seed articles through the
 * real extractor plus the {@link FixtureArticles} with known encounters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "timeline.ingest.folder=data/articles")
@ActiveProfiles("test")
@Import(FixtureArticles.class)
@interface BrowserTest {
}
