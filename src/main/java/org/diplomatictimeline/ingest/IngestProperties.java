package org.diplomatictimeline.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ingest settings.
 *
 * @param folder folder of .txt articles ingested at start-up; blank for none
 * @param referenceFolder folder of reference CSV files; blank for the copy bundled in the jar
 * @param maxBytes largest article file accepted
 */
@ConfigurationProperties("timeline.ingest")
public record IngestProperties(String folder, String referenceFolder, Long maxBytes) {

	public IngestProperties {
		if (maxBytes == null) {
			maxBytes = 2L * 1024 * 1024;
		}
	}
}
