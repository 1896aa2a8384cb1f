package org.diplomatictimeline.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs the axe-core accessibility rules (vendored under test resources) on the page a browser shows.
 * The script is injected through the driver, which the page's Content-Security-Policy does not block.
 */
final class Axe {

	static final String VERSION = "4.14.1";

	private static final String SOURCE = load();

	private Axe() {
	}

	/** Violations of WCAG 2.x A/AA and best-practice rules with impact serious or critical, one line each. */
	static List<String> seriousViolations(ChromeDriver driver) {
		driver.executeScript(SOURCE);
		Object result = driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
					.then(r => done(r.violations
						.filter(v => v.impact === 'serious' || v.impact === 'critical')
						.map(v => ({ id: v.id, impact: v.impact, help: v.help,
							nodes: v.nodes.map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
					.catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
				""");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
		return violations.stream()
			.map(v -> v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "): "
					+ ((List<?>) v.get("nodes")).stream().map(String::valueOf).collect(Collectors.joining(" | ")))
			.toList();
	}

	private static String load() {
		String path = "/vendor/axe-core/" + VERSION + "/axe.min.js";
		try (InputStream in = Axe.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
