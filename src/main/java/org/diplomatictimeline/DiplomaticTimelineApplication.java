package org.diplomatictimeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.diplomatictimeline.ingest.ExtractCommand;
import org.diplomatictimeline.ingest.IngestCommand;
import org.diplomatictimeline.ingest.ReextractCommand;
import org.diplomatictimeline.system.HashPasswordCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Diplomatic Timeline: news articles about Japan–South Korea relations turned into a timeline of
 * encounters. With no arguments it serves the web application. Commands, none of which opens a port:
 * <ul>
 * <li>{@code extract <folder> <out.json>} writes the timeline of a folder as JSON (throwaway database);
 * <li>{@code ingest <folder>} adds a folder's articles to the configured database;
 * <li>{@code reextract} rebuilds everything derived from the stored articles;
 * <li>{@code hash-password} prints the bcrypt hash of a password read from standard input.
 * </ul>
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DiplomaticTimelineApplication {

	/** Each command's usage, printed by {@code <command> --help} and after a usage error. */
	static final Map<String, String> USAGE = Map.of(
			"extract", "usage: extract <folder> <out.json> [--property=value ...]\n"
					+ "  Writes the timeline of a folder's articles as JSON, using a throwaway in-memory database.",
			"ingest", "usage: ingest <folder> [--property=value ...]\n"
					+ "  Adds a folder's .txt articles to the configured database; already stored articles are skipped.",
			"reextract", "usage: reextract [--property=value ...]\n"
					+ "  Rebuilds every encounter, dispute and statement from the stored articles.",
			"hash-password", "usage: hash-password\n"
					+ "  Prints the bcrypt hash of a password read from standard input.");

	private static final String PROPERTIES_HELP = "Spring Boot property arguments set the configuration, e.g.\n"
			+ "  --spring.datasource.url=jdbc:postgresql://host/timeline --spring.datasource.username=timeline\n"
			+ "  --spring.profiles.active=postgres";

	public static void main(String[] args) {
		String command = args.length > 0 ? args[0] : "";
		if (!USAGE.containsKey(command)) {
			if (command.equals("help")) {
				System.out.println(help());
				return;
			}
			SpringApplication.run(DiplomaticTimelineApplication.class, args);
			return;
		}
		System.exit(run(command, Arrays.asList(args).subList(1, args.length), System.console() != null));
	}

	/** Runs a command with its arguments (operands, property arguments, --help); returns the exit code. */
	static int run(String command, List<String> rest, boolean terminal) {
		CommandArguments arguments = CommandArguments.parse(rest);
		if (arguments.help()) {
			System.out.println(USAGE.get(command) + (command.equals("hash-password") ? "" : "\n" + PROPERTIES_HELP));
			return 0;
		}
		if (arguments.unknown() != null) {
			System.err.println(command + ": unknown option " + arguments.unknown() + " (try " + command + " --help)");
			System.err.println(USAGE.get(command));
			return 2;
		}
		List<String> operands = arguments.operands();
		Map<String, Object> properties = arguments.properties();
		return switch (command) {
			case "extract" -> new ExtractCommand(System.out, System.err).run(DiplomaticTimelineApplication.class,
					operands, properties);
			case "ingest" -> new IngestCommand(System.out, System.err, terminal).run(DiplomaticTimelineApplication.class,
					operands, properties);
			case "reextract" -> new ReextractCommand(System.out, System.err, terminal)
				.run(DiplomaticTimelineApplication.class, operands, properties);
			default -> new HashPasswordCommand(System.in, System.out, System.err).run();
		};
	}

	/** The list of commands, for {@code help}. */
	static String help() {
		StringBuilder text = new StringBuilder("Without a command the web application starts. Commands:\n");
		for (String c : List.of("extract", "ingest", "reextract", "hash-password")) {
			text.append('\n').append(USAGE.get(c)).append('\n');
		}
		return text.append('\n').append(PROPERTIES_HELP).toString();
	}
}
