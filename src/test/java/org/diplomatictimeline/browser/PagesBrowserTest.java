package org.diplomatictimeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The reading pages as a person uses them: accessible by axe's WCAG A/AA rules, usable at 360 px
 * without sideways scrolling, reachable by keyboard, and filterable by following links alone.
 */
@BrowserTest
class PagesBrowserTest extends BrowserTestSupport {

	private List<String> pages() {
		open("/");
		String encounter = driver().findElement(By.cssSelector("article.event h3 a")).getAttribute("href");
		open("/articles");
		String article = driver().findElement(By.cssSelector("tbody th a")).getAttribute("href");
		open("/disputes");
		String dispute = driver().findElement(By.cssSelector(".card h2 a")).getAttribute("href");
		open("/people");
		String person = driver().findElement(By.cssSelector("tbody th a")).getAttribute("href");
		List<String> pages = new ArrayList<>(List.of("/", "/?dispute=wartime-labor&level=leaders", "/?dispute=bogus",
				"/insights", "/disputes", "/people", "/articles", "/about/api", "/encounters/987654"));
		for (String absolute : List.of(encounter, article, dispute, person)) {
			pages.add(absolute.substring(url("").length()));
		}
		return pages;
	}

	@Test
	void everyReadingPageHasNoSeriousAccessibilityViolation() {
		List<String> problems = new ArrayList<>();
		for (String page : pages()) {
			open(page);
			Axe.seriousViolations(chromium().driver()).forEach(v -> problems.add(page + ": " + v));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void pagesFitA360PixelScreen() {
		List<String> pages = pages();
		chromium().emulatePhone(360, 740);
		List<String> overflowing = new ArrayList<>();
		for (String page : pages) {
			open(page);
			Number scroll = (Number) js().executeScript("return document.documentElement.scrollWidth");
			if (scroll.intValue() > 360) {
				Object culprits = js().executeScript("return [...document.querySelectorAll('body *')]"
						+ ".filter(e => e.getBoundingClientRect().right > 361)"
						+ ".filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > 361))"
						+ ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' '"
						+ " + Math.round(e.getBoundingClientRect().right))");
				overflowing.add(page + " is " + scroll + " px wide: " + culprits);
			}
			Screenshots.save(chromium().driver(), "phone" + page.replaceAll("[^a-z0-9]+", "-"));
		}
		assertThat(overflowing).isEmpty();
	}

	@Test
	void firstTabReachesAVisibleSkipLinkThatMovesFocusToTheContent() {
		open("/");
		WebElement body = driver().findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		WebElement focused = driver().switchTo().activeElement();

		assertThat(focused.getAttribute("class")).contains("skip-link");
		assertThat(focused.getRect().getY()).isGreaterThanOrEqualTo(0);
		assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");

		focused.sendKeys(Keys.ENTER);
		assertThat(driver().getCurrentUrl()).endsWith("#main");
	}

	@Test
	void facetsWorkByFollowingLinksAndClearAllReturnsToTheWholeTimeline() {
		open("/");
		int all = driver().findElements(By.cssSelector("article.event")).size();
		WebElement dispute = driver().findElement(By.cssSelector("details.facet[open] .facet-values a"));
		clickAndWaitForPage(dispute);

		assertThat(driver().getCurrentUrl()).contains("?dispute=");
		int narrowed = driver().findElements(By.cssSelector("article.event")).size();
		assertThat(narrowed).isPositive().isLessThan(all);

		clickAndWaitForPage(driver().findElement(By.cssSelector("a.chip-clear")));
		assertThat(driver().getCurrentUrl()).isEqualTo(url("/"));
		assertThat(driver().findElements(By.cssSelector("article.event"))).hasSize(all);
	}
}
