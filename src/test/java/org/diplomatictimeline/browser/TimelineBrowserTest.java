package org.diplomatictimeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The timeline page as a reader uses it: the list, the facets, the overview band, and on to the sources. */
@BrowserTest
class TimelineBrowserTest extends BrowserTestSupport {

	/** Items of the band (vis-timeline also marks the dot of a point item as a .vis-item). */
	static final String ITEMS = ".vis-item:not(.vis-dot)";

	@Test
	void listsEveryEncounterUnderItsYear() {
		open("/");

		assertThat(yearHeadings()).contains("2011", "2019", "2022", "2023", "2024");
		assertThat(card("Camp David").getAttribute("id")).matches("encounter-\\d+");
		assertThat(card("Camp David").getText()).contains("Joe Biden", "Fumio Kishida", "Yoon Suk Yeol");
		assertThat(card("Kyoto").findElement(By.tagName("time")).getAttribute("datetime")).isEqualTo("2011-12");
		assertThat(yearOf(card("Kyoto"))).isEqualTo("2011");
	}

	@Test
	void facetLinksNarrowTheListAndChipsWidenItAgain() {
		open("/");
		int all = cards().size();

		clickAndWaitForPage(facetValue("Foreign ministers"));

		assertThat(driver().getCurrentUrl()).contains("level=foreign-ministers");
		List<WebElement> ministers = cards();
		assertThat(ministers).isNotEmpty().hasSizeLessThan(all);
		assertThat(ministers).allSatisfy(c -> assertThat(c.getAttribute("class")).contains("level-foreign-ministers"));
		assertThat(card("Park Jin").getText()).contains("Yoshimasa Hayashi");

		clickAndWaitForPage(facetValue("Export controls"));

		assertThat(driver().getCurrentUrl()).contains("dispute=export-controls").contains("level=foreign-ministers");
		assertThat(cards()).allSatisfy(c -> assertThat(c.getText()).contains("Export controls"));

		clickAndWaitForPage(activeFilter("Foreign ministers"));
		assertThat(driver().getCurrentUrl()).doesNotContain("level=").contains("dispute=export-controls");

		clickAndWaitForPage(driver().findElement(By.cssSelector(".active-filters a.chip-clear")));
		assertThat(cards()).hasSize(all);
		assertThat(driver().findElements(By.cssSelector(".active-filters"))).isEmpty();
	}

	@Test
	void theOverviewBandDrawsExactlyTheEncountersOfTheList() {
		open("/");
		WebElement band = overviewBand();

		assertThat(band.findElement(By.cssSelector(".vis-timeline")).getCssValue("visibility")).isEqualTo("visible");
		assertThat(band.findElements(By.cssSelector(ITEMS))).hasSize(datedCards());
		WebElement kyoto = overviewItem("Kyoto");
		assertThat(kyoto.getAttribute("class")).contains("vis-range", "level-leaders", "kind-summit");
		assertThat(kyoto.findElement(By.cssSelector(".overview-marker")).getAttribute("class")).contains("kind-summit");
		WebElement call = overviewItemOf(card("Shigeru Ishiba"));
		assertThat(call.getAttribute("class")).contains("vis-point", "kind-phone-call");
		assertThat(overviewItem("Camp David").getDomProperty("textContent")).isEqualTo("Trilateral meeting · Camp David");
		assertThat(driver().findElement(By.cssSelector(".overview-legend")).getText()).contains("Leaders",
				"Foreign ministers", "Other officials", "Summit", "Talks", "Brief encounter", "Phone call",
				"Trilateral meeting");

		clickAndWaitForPage(facetValue("Other officials"));

		assertThat(overviewBand().findElements(By.cssSelector(ITEMS))).hasSize(datedCards())
			.allSatisfy(item -> assertThat(item.getAttribute("class")).contains("level-other"));
	}

	@Test
	void theBandZoomsWithItsButtonsAndPansByDragging() {
		open("/");
		overviewBand();
		double span = distance("Bangkok", "Camp David");

		clickButton("Zoom in");
		await().until(d -> distance("Bangkok", "Camp David") > span * 1.3);

		clickButton("Show all");
		await().until(d -> Math.abs(distance("Bangkok", "Camp David") - span) < 2);

		double before = left(card("Bangkok"));
		WebElement center = driver().findElement(By.cssSelector("#overview .vis-panel.vis-center"));
		new Actions(driver()).moveToElement(center, 0, 0).clickAndHold().moveByOffset(-60, 0).moveByOffset(-60, 0)
			.release().perform();
		await().until(d -> left(card("Bangkok")) < before - 100);
	}

	@Test
	void selectingAnOverviewItemScrollsToAndFocusesItsListEntry() {
		open("/");
		overviewBand();
		String bangkok = card("Bangkok").getAttribute("id");

		WebElement item = overviewItemOf(card("Bangkok"));
		assertThat(item.getDomProperty("textContent")).isEqualTo("Brief encounter · Bangkok");
		await().until(ExpectedConditions.elementToBeClickable(item.findElement(By.cssSelector("a.overview-link"))))
			.click();

		await().until(d -> bangkok.equals(js().executeScript("return document.activeElement.id")));
		assertThat(driver().getCurrentUrl()).endsWith("#" + bangkok);
		await().until(d -> inViewport(card("Bangkok")));
		assertThat(card("Bangkok").getAttribute("class")).contains("overview-target");
	}

	@Test
	void withoutJavaScriptTheBandStaysHiddenAndTheListIsComplete() {
		open("/");
		int all = cards().size();
		chromium().driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			open("/");

			assertThat(driver().findElement(By.id("overview")).isDisplayed()).isFalse();
			assertThat(cards()).hasSize(all);
			assertThat(card("Camp David").isDisplayed()).isTrue();
		}
		finally {
			chromium().driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void pagesRunUnderTheContentSecurityPolicyWithoutViolatingIt() {
		String recorder = chromium().recordPolicyViolations();
		try {
			open("/");
			overviewBand();
			List<String> timeline = chromium().policyViolations();
			clickAndWaitForPage(card("Camp David").findElement(By.cssSelector(".event-title a")));
			List<String> encounter = chromium().policyViolations();
			clickAndWaitForPage(driver().findElement(By.cssSelector(".sources .source h3 a")));
			List<String> article = chromium().policyViolations();

			// the peer build of vis-timeline never injects its CSS: the page links it
			assertThat(timeline).isEmpty();
			assertThat(encounter).isEmpty();
			assertThat(article).isEmpty();
		}
		finally {
			chromium().stopRecording(recorder);
		}
	}

	@Test
	void anEncounterLeadsToItsSourceArticleWithTheEvidenceHighlighted() {
		open("/");

		clickAndWaitForPage(card("Camp David").findElement(By.cssSelector(".event-title a")));

		assertThat(driver().getCurrentUrl()).matches(".*/encounters/\\d+");
		assertThat(driver().findElement(By.tagName("h1")).getText()).isNotBlank();
		WebElement source = driver().findElement(By.cssSelector(".sources .source"));
		assertThat(source.findElement(By.cssSelector("blockquote")).getText())
			.startsWith("President Joe Biden hosted Japanese Prime Minister Fumio Kishida");
		String inContext = source.findElement(By.cssSelector(".evidence a")).getAttribute("href");

		clickAndWaitForPage(source.findElement(By.cssSelector("h3 a")));

		assertThat(driver().getCurrentUrl()).matches(".*/articles/\\d+");
		assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Three leaders meet at Camp David");
		assertThat(driver().findElements(By.cssSelector(".article-body mark.mark-evidence")))
			.extracting(WebElement::getText)
			.contains("President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David");

		driver().get(inContext);
		String anchor = inContext.substring(inContext.indexOf('#') + 1);
		WebElement target = driver().findElement(By.id(anchor));
		assertThat(target.getTagName()).isEqualTo("mark");
		assertThat(target.getText()).startsWith("President Joe Biden hosted");
		assertThat(inViewport(target)).isTrue();
	}

	// --- page helpers

	List<WebElement> cards() {
		return driver().findElements(By.cssSelector(".timeline-main article.event"));
	}

	int datedCards() {
		return driver().findElements(By.cssSelector(".timeline-main article.event time")).size();
	}

	WebElement card(String text) {
		return cards().stream()
			.filter(c -> c.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no encounter on the list mentions " + text));
	}

	List<String> yearHeadings() {
		return driver().findElements(By.cssSelector(".year-heading")).stream().map(WebElement::getText).toList();
	}

	String yearOf(WebElement card) {
		return card.findElement(By.xpath("ancestor::section[contains(@class,'year')]//h2")).getText();
	}

	WebElement facetValue(String label) {
		return driver().findElements(By.cssSelector(".facets .facet-values a"))
			.stream()
			.filter(a -> a.findElement(By.cssSelector(".facet-label")).getText().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no facet value " + label));
	}

	WebElement activeFilter(String label) {
		return driver().findElements(By.cssSelector(".active-filters a.chip-remove"))
			.stream()
			.filter(a -> a.getText().contains(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no active filter " + label));
	}

	WebElement overviewBand() {
		bandDrawn();
		return driver().findElement(By.cssSelector("#overview [data-overview-band]"));
	}

	/** The band's item of an encounter on the list. */
	WebElement overviewItemOf(WebElement card) {
		String id = card.getAttribute("id").substring("encounter-".length());
		return overviewBand().findElement(By.cssSelector("a.overview-link[data-encounter-id='" + id + "']"))
			.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' vis-item ')][1]"));
	}

	WebElement overviewItem(String text) {
		return overviewBand().findElements(By.cssSelector(ITEMS))
			.stream()
			.filter(i -> i.getDomProperty("textContent").contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no overview item shows " + text));
	}

	void clickButton(String label) {
		driver().findElements(By.cssSelector("#overview .overview-controls button"))
			.stream()
			.filter(b -> b.getText().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button " + label))
			.click();
	}

	/** The left edge, in the viewport, of the band's item for an encounter of the list. */
	double left(WebElement card) {
		return ((Number) js().executeScript("return arguments[0].getBoundingClientRect().left",
				overviewItemOf(card))).doubleValue();
	}

	/** Horizontal distance on the band between the items of two encounters. */
	double distance(String first, String second) {
		return Math.abs(left(card(second)) - left(card(first)));
	}

	boolean inViewport(WebElement element) {
		return Boolean.TRUE.equals(js().executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return r.bottom > 0 && r.top < window.innerHeight;
				""", element));
	}
}
