package org.diplomatictimeline.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ingest settings.
 *
 * @param folder folder of .txt articles ingested at start-up; blank for none
 * @param referenceFolder folder of reference CSV files; blank for the copy bundled in the jar
 * @param maxBytes largest article file accepted
 * @param threads threads that read and extract the articles of a folder ahead of storing them in
 *     order; by default one per processor
 */
@ConfigurationProperties("timeline.ingest")
public record IngestProperties(String folder, String referenceFolder, Long maxBytes, Integer threads) {

	public IngestProperties {
		if (maxBytes == null) {
			maxBytes = 2L * 1024 * 1024;
		}
		if (threads == null || threads < 1) {
			threads = Runtime.getRuntime().availableProcessors();
		}
	}
}
