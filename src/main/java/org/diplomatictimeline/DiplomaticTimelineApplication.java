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

	public static void main(String[] args) {
		String command = args.length > 0 ? args[0] : "";
		List<String> rest = args.length > 0 ? Arrays.asList(args).subList(1, args.length) : List.of();
		boolean terminal = System.console() != null;
		switch (command) {
			case "extract" -> System.exit(new ExtractCommand(System.out, System.err)
				.run(DiplomaticTimelineApplication.class, rest));
			case "ingest" -> System.exit(new IngestCommand(System.out, System.err, terminal)
				.run(DiplomaticTimelineApplication.class, rest, Map.of()));
			case "reextract" -> System.exit(new ReextractCommand(System.out, System.err, terminal)
				.run(DiplomaticTimelineApplication.class, rest, Map.of()));
			case "hash-password" -> System.exit(new HashPasswordCommand(System.in, System.out, System.err).run());
			default -> SpringApplication.run(DiplomaticTimelineApplication.class, args);
		}
	}
}
