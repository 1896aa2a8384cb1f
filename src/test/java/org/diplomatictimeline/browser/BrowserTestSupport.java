package org.diplomatictimeline.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per test class, reused by its tests; every test starts on a desktop-sized
 * viewport. Subclasses carry {@link BrowserTest}.
 */
abstract class BrowserTestSupport {

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
		return new WebDriverWait(driver(), Duration.ofSeconds(10));
	}

	WebElement visible(By by) {
		return await().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Clicks through JavaScript-free navigation and waits for the next page. */
	void clickAndWaitForPage(WebElement link) {
		WebElement html = driver().findElement(By.tagName("html"));
		link.click();
		await().until(ExpectedConditions.stalenessOf(html));
		await().until(d -> "complete".equals(js().executeScript("return document.readyState")));
	}
}
