package org.diplomatictimeline.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through the system's chromedriver, started with explicit paths so that
 * Selenium Manager never looks for (or downloads) a browser or driver.
 */
final class Chromium implements AutoCloseable {

	static final int DESKTOP_WIDTH = 1280;

	static final int DESKTOP_HEIGHT = 900;

	private final Path profile;

	private final ChromeDriver driver;

	private Chromium(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	static Path browserBinary() {
		return Path.of(setting("chromium.binary", "CHROMIUM_BINARY", "/usr/bin/chromium"));
	}

	static Path driverBinary() {
		return Path.of(setting("chromedriver.binary", "CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
	}

	static Chromium start() {
		try {
			// a driver path that is set means Selenium Manager is never asked to find or fetch one
			System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driverBinary().toString());
			Path profile = Files.createTempDirectory("chromium-profile-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(browserBinary().toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
					"--force-device-scale-factor=1", "--lang=en-US",
					"--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT, "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(driverBinary().toFile())
				.usingAnyFreePort()
				.withEnvironment(Map.of("SE_AVOID_STATS", "true", "SE_OFFLINE", "true"))
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			return new Chromium(profile, driver);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	ChromeDriver driver() {
		return driver;
	}

	/** Lays the page out as on a phone: {@code width} CSS pixels wide, touch, mobile viewport rules. */
	void emulatePhone(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
	}

	void emulateDesktop() {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/**
	 * From the next page on, records every Content-Security-Policy violation of a page (as
	 * "directive source-file sample") until {@link #stopRecording}; returns the recording's id.
	 */
	String recordPolicyViolations() {
		Map<String, Object> result = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				window.__policyViolations = [];
				document.addEventListener('securitypolicyviolation', e => window.__policyViolations.push(
					e.effectiveDirective + ' ' + (e.sourceFile || e.blockedURI || '') + ' ' + (e.sample || '')));
				"""));
		return (String) result.get("identifier");
	}

	/** The violations recorded on the current page. */
	@SuppressWarnings("unchecked")
	java.util.List<String> policyViolations() {
		Object found = driver.executeScript("return window.__policyViolations || null");
		if (found == null) {
			throw new IllegalStateException("policy violations are not being recorded on this page");
		}
		return (java.util.List<String>) found;
	}

	void stopRecording(String identifier) {
		driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteQuietly(profile);
		}
	}

	private static String setting(String property, String env, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(env);
		}
		return value == null || value.isBlank() ? fallback : value;
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ignored) {
			// a temp folder left behind is harmless
		}
	}
}
