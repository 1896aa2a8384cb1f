package org.diplomatictimeline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Diplomatic Timeline: news articles about Japan–South Korea relations turned into a timeline of encounters. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DiplomaticTimelineApplication {

	public static void main(String[] args) {
		SpringApplication.run(DiplomaticTimelineApplication.class, args);
	}
}
