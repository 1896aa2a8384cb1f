package org.diplomatictimeline.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Writes the documentation screenshots into {@code docs/screenshots/}, only when asked with
 * {@code -Dscreenshots=true} (or the environment variable {@code SCREENSHOTS=true}), so ordinary test
 * runs never rewrite tracked files.
 */
final class Screenshots {

	static final Path FOLDER = Path.of("docs", "screenshots");

	private Screenshots() {
	}

	static boolean enabled() {
		return Boolean.parseBoolean(System.getProperty("screenshots", System.getenv("SCREENSHOTS")));
	}

	/** Saves what the viewport shows as {@code docs/screenshots/<name>.png}; returns the file, or null when disabled. */
	static Path save(ChromeDriver driver, String name) {
		if (!enabled()) {
			return null;
		}
		try {
			Files.createDirectories(FOLDER);
			Path file = FOLDER.resolve(name + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
