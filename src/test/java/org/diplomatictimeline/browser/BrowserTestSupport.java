package org.diplomatictimeline.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per test class, reused by its tests; every test starts on a desktop-sized
 * viewport. Subclasses carry {@link BrowserTest}.
 */
abstract class BrowserTestSupport {

	/** An item drawn on the overview band (vis-timeline also marks the dot of a point item as a .vis-item). */
	static final String BAND_ITEM = "#overview .vis-item:not(.vis-dot)";

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	@BeforeEach
	void desktop() {
		chromium.emulateDesktop();
	}

	Chromium chromium() {
		return chromium;
	}

	WebDriver driver() {
		return chromium.driver();
	}

	/** Opens a path of the application and waits until the document has loaded. */
	void open(String path) {
		driver().get(url(path));
		await().until(d -> "complete".equals(js().executeScript("return document.readyState")));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	JavascriptExecutor js() {
		return chromium.driver();
	}

	WebDriverWait await() {
		// a page replaced while a condition reads it is not a failure: look again until the time is up
		WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	WebElement visible(By by) {
		return await().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Waits until the overview band is drawn, visible, with at least one item inside its frame. */
	void bandDrawn() {
		try {
			await().until(d -> Boolean.TRUE.equals(js().executeScript("""
					const band = document.querySelector('#overview[data-overview-ready] [data-overview-band]');
					const root = band && band.querySelector('.vis-timeline');
					if (!root || getComputedStyle(root).visibility !== 'visible') return false;
					const b = band.getBoundingClientRect();
					return Array.from(band.querySelectorAll('.vis-item:not(.vis-dot)')).some(item => {
						const r = item.getBoundingClientRect();
						return r.height > 0 && r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right;
					});
					""")));
		}
		catch (TimeoutException e) {
			throw new AssertionError("the overview band shows no item: " + js().executeScript("""
					const s = document.getElementById('overview');
					return JSON.stringify({ url: location.href, section: !!s, hidden: s && s.hidden,
						ready: s && s.getAttribute('data-overview-ready'), vis: typeof vis,
						items: document.querySelectorAll('.vis-item').length,
						band: s && s.querySelector('[data-overview-band]').getBoundingClientRect(),
						viewport: [innerWidth, innerHeight, scrollY] });
					""") + " " + driver().manage().logs().get("browser").getAll(), e);
		}
	}

	/** Clicks through JavaScript-free navigation and waits for the next page. */
	void clickAndWaitForPage(WebElement link) {
		WebElement html = driver().findElement(By.tagName("html"));
		link.click();
		await().until(d -> gone(html));
		await().until(d -> "complete".equals(js().executeScript("return document.readyState")));
	}

	/**
	 * Whether an element's document was replaced. Chromium sometimes says so with "node does not belong
	 * to the document" rather than as a stale element.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException e) {
			return true;
		}
		catch (WebDriverException e) {
			if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}
}
