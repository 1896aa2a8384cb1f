package org.diplomatictimeline.ingest;

import org.diplomatictimeline.DiplomaticTimelineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Serves the application on an in-memory database holding the test fixtures and the
 * articles of data/articles, to look at the pages by hand. */
public final class FixtureServer {

	private FixtureServer() {
	}

	public static void main(String[] args) {
		String port = args.length > 0 ? args[0] : "8089";
		var context = new SpringApplicationBuilder(DiplomaticTimelineApplication.class, StoreFixtures.class).run(
				"--spring.datasource.url=jdbc:h2:mem:fixtures;DB_CLOSE_DELAY=-1", "--server.port=" + port);
		context.getBean(StoreFixtures.class).seed();
	}
}
