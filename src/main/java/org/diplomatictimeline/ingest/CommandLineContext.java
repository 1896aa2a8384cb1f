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
		properties.putAll(overrides);
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE).logStartupInfo(false).run(args);
	}

	/** The innermost cause's message: what the database or the file system actually said. */
	static String rootMessage(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}
}
