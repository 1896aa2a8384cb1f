package org.diplomatictimeline.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without a web server for a command-line run. The command's settings are
 * passed as command-line properties, so they win over application.properties (no start-up ingest,
 * quiet logging) while the database stays the configured one unless the command overrides it.
 */
final class CommandLineContext {

	private CommandLineContext() {
	}

	static ConfigurableApplicationContext start(Class<?> application, Map<String, ?> overrides) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("timeline.ingest.folder", "");
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "warn");
		properties.put("logging.level.org.flywaydb", "error");
		// a failed start is reported by the command in one line, not by a page of stack traces
		properties.put("logging.level.org.springframework.boot.SpringApplication", "off");
		properties.put("logging.level.org.springframework.boot.diagnostics", "off");
		properties.put("logging.level.org.springframework.context", "error");
		properties.putAll(overrides);
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE).logStartupInfo(false).run(args);
	}

	/**
	 * What the database actually said: the innermost SQL exception's message when there is one (the
	 * driver's words, e.g. "Database may be already in use" or "cannot execute INSERT in a read-only
	 * transaction"), otherwise the innermost cause's; first line only.
	 */
	static String rootMessage(Throwable e) {
		Throwable cause = e;
		Throwable sql = null;
		while (true) {
			if (cause instanceof java.sql.SQLException) {
				sql = cause;
			}
			if (cause.getCause() == null || cause.getCause() == cause) {
				break;
			}
			cause = cause.getCause();
		}
		Throwable chosen = sql != null ? sql : cause;
		String message = chosen.getMessage();
		return message == null ? chosen.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}
}
