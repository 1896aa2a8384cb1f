package org.diplomatictimeline;

import java.util.Arrays;
import java.util.List;

import org.diplomatictimeline.ingest.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Diplomatic Timeline: news articles about Japan–South Korea relations turned into a timeline of
 * encounters. With no arguments it serves the web application; {@code extract <folder> <out.json>}
 * writes the timeline of a folder as JSON without opening a port.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DiplomaticTimelineApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract")) {
			List<String> rest = Arrays.asList(args).subList(1, args.length);
			System.exit(new ExtractCommand(System.out, System.err).run(DiplomaticTimelineApplication.class, rest));
		}
		SpringApplication.run(DiplomaticTimelineApplication.class, args);
	}
}
