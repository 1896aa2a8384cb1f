package org.diplomatictimeline.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests, with the reason, where the system's Chromium or chromedriver is missing. They are
 * never downloaded: CI installs Debian's {@code chromium} and {@code chromium-driver} packages.
 */
class ChromiumAvailable implements ExecutionCondition {

	private static final AtomicBoolean TOLD = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Path browser = Chromium.browserBinary();
		Path driver = Chromium.driverBinary();
		if (Files.isExecutable(browser) && Files.isExecutable(driver)) {
			return ConditionEvaluationResult.enabled("chromium at " + browser + ", chromedriver at " + driver);
		}
		String reason = "chromium/chromedriver not found at " + browser + " and " + driver
				+ " (install Debian's chromium and chromium-driver, or set -Dchromium.binary and -Dchromedriver.binary)";
		if (TOLD.compareAndSet(false, true)) {
			System.err.println("Browser tests SKIPPED: " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}
}
