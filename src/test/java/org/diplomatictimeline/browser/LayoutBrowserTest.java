package org.diplomatictimeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Pages on a 360 px phone and a 1280 px desktop: nothing wider than the screen, the band usable on both.
 * With {@code -Dscreenshots=true} it also writes the screenshots of docs/screenshots/.
 */
@BrowserTest
class LayoutBrowserTest extends BrowserTestSupport {

	static final int PHONE_WIDTH = 360;

	static final int PHONE_HEIGHT = 780;

	@Test
	void timelineOnADesktop() {
		open("/");
		bandDrawn();

		assertThat(horizontalOverflow()).isEmpty();
		Screenshots.save(chromium().driver(), "timeline-desktop");
	}

	@Test
	void timelineOnAPhone() {
		chromium().emulatePhone(PHONE_WIDTH, PHONE_HEIGHT);
		open("/");
		WebElement band = visible(By.cssSelector("#overview [data-overview-band]"));
		bandDrawn();

		assertThat(js().executeScript("return window.innerWidth")).isEqualTo((long) PHONE_WIDTH);
		assertThat(horizontalOverflow()).isEmpty();
		assertThat(band.getRect().getWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		assertThat(driver().findElement(By.cssSelector(".timeline-main article.event")).getRect().getWidth())
			.isLessThanOrEqualTo(PHONE_WIDTH);
		Screenshots.save(chromium().driver(), "timeline-phone");
	}

	@Test
	void onAPhoneTheSummaryAndTheLatestEncounterShowWithoutScrolling() {
		chromium().emulatePhone(390, 844);
		open("/");
		bandDrawn();

		WebElement latest = driver().findElement(By.cssSelector(".latest"));
		WebElement first = driver().findElement(By.cssSelector(".timeline-main article.event"));
		long viewport = (Long) js().executeScript("return window.innerHeight");
		assertThat(latest.getText()).contains("Last leaders’ meeting:");
		// the newest encounter heads the list, its title within the first screen
		assertThat(first.findElement(By.cssSelector(".event-title")).getRect().getY()).isLessThan((int) viewport - 20);
		assertThat(driver().findElement(By.cssSelector("#overview")).getRect().getHeight()).isLessThan(400);
		assertThat(driver().findElement(By.cssSelector("[data-filters-drawer]")).getAttribute("open")).isNull();
	}

	@Test
	void articleOnADesktopAndAPhone() {
		openSeedArticle();
		assertThat(horizontalOverflow()).isEmpty();
		Screenshots.save(chromium().driver(), "article-desktop");

		chromium().emulatePhone(PHONE_WIDTH, PHONE_HEIGHT);
		String article = driver().getCurrentUrl();
		open("/");
		driver().get(article);

		assertThat(horizontalOverflow()).isEmpty();
		Screenshots.save(chromium().driver(), "article-phone");
	}

	@Test
	void encounterPageOnAPhone() {
		chromium().emulatePhone(PHONE_WIDTH, PHONE_HEIGHT);
		open("/");
		clickAndWaitForPage(driver().findElement(By.cssSelector(".timeline-main article.event .event-title a")));

		assertThat(horizontalOverflow()).isEmpty();
	}

	/** The article of the list's first encounter with highlighted evidence, preferring a seed article. */
	void openSeedArticle() {
		open("/");
		String madrid = driver().findElements(By.cssSelector(".timeline-main article.event"))
			.stream()
			.filter(c -> c.getText().contains("Brief encounter in Madrid"))
			.map(c -> c.findElement(By.cssSelector(".event-title a")).getAttribute("href"))
			.findFirst()
			.orElseGet(() -> driver().findElement(By.cssSelector(".timeline-main article.event .event-title a"))
				.getAttribute("href"));
		driver().get(madrid);
		clickAndWaitForPage(driver().findElement(By.cssSelector(".sources .source h3 a")));
		visible(By.cssSelector(".article-body mark"));
	}

	/**
	 * The elements that stick out to the right of the viewport (making the page scroll sideways), described
	 * as tag, classes and text; elements inside something that scrolls or clips on its own are fine.
	 */
	List<String> horizontalOverflow() {
		@SuppressWarnings("unchecked")
		List<String> offenders = (List<String>) js().executeScript("""
				const width = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth <= width) return [];
				const clipped = el => {
					for (let p = el.parentElement; p; p = p.parentElement) {
						const o = getComputedStyle(p).overflowX;
						if (o === 'hidden' || o === 'auto' || o === 'scroll' || o === 'clip') return true;
					}
					return false;
				};
				const right = el => {
					const r = el.getBoundingClientRect();
					const text = getComputedStyle(el).overflowX === 'visible' ? r.left + el.scrollWidth : r.right;
					return Math.max(r.right, text) + window.scrollX;
				};
				const describe = el => el.tagName.toLowerCase()
					+ (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
					+ ' right=' + Math.round(right(el)) + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
				const all = Array.from(document.body.querySelectorAll('*'))
					.filter(el => right(el) > width + 0.5 && !clipped(el));
				const leaves = all.filter(el => !all.some(other => other !== el && el.contains(other)));
				return (leaves.length > 0 ? leaves : [document.documentElement]).slice(0, 10).map(describe);
				""");
		return offenders;
	}
}
