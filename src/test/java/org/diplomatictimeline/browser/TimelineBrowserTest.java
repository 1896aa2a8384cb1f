package org.diplomatictimeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@BrowserTest
class TimelineBrowserTest extends BrowserTestSupport {

	@Test
	void theBrowserSeesTheStoredEncounters() {
		open("/api/encounters");

		assertThat(driver().findElement(By.tagName("body")).getText()).contains("Camp David", "Bangkok", "Kyoto");
	}
}
