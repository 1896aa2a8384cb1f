package org.diplomatictimeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Automated accessibility checks (axe-core: WCAG 2.x A and AA plus best practices) on the pages a reader
 * goes through, with the overview band drawn, and the keyboard paths of the band.
 */
@BrowserTest
class AccessibilityBrowserTest extends BrowserTestSupport {

	@Test
	void timelineHasNoSeriousViolations() {
		open("/");
		bandDrawn();

		assertThat(Axe.seriousViolations(chromium().driver())).isEmpty();
	}

	@Test
	void filteredTimelineHasNoSeriousViolations() {
		open("/?level=leaders&dispute=wartime-labor");
		bandDrawn();

		assertThat(Axe.seriousViolations(chromium().driver())).isEmpty();
	}

	@Test
	void encounterAndArticlePagesHaveNoSeriousViolations() {
		open("/");
		clickAndWaitForPage(eventLink("Camp David"));

		assertThat(driver().getCurrentUrl()).contains("/encounters/");
		assertThat(Axe.seriousViolations(chromium().driver())).isEmpty();

		clickAndWaitForPage(driver().findElement(By.cssSelector(".sources .source h3 a")));

		assertThat(driver().getCurrentUrl()).contains("/articles/");
		assertThat(driver().findElements(By.cssSelector(".article-body mark"))).isNotEmpty();
		assertThat(Axe.seriousViolations(chromium().driver())).isEmpty();
	}

	@Test
	void theFirstTabReachesTheSkipLinkAndTheBandWorksFromTheKeyboard() {
		open("/");
		bandDrawn();

		driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
		assertThat(driver().switchTo().activeElement().getAttribute("class")).contains("skip-link");

		WebElement link = driver().findElement(By.cssSelector("#overview a.overview-link"));
		js().executeScript("arguments[0].focus()", link);
		String target = "encounter-" + link.getAttribute("data-encounter-id");
		link.sendKeys(Keys.ENTER);

		await().until(d -> target.equals(js().executeScript("return document.activeElement.id")));
	}

	WebElement eventLink(String text) {
		return driver().findElements(By.cssSelector(".timeline-main article.event"))
			.stream()
			.filter(c -> c.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no encounter mentions " + text))
			.findElement(By.cssSelector(".event-title a"));
	}
}
