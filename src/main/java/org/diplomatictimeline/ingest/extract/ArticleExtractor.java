package org.diplomatictimeline.ingest.extract;

import java.util.List;

import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * The extraction pipeline: one article's text in, its encounters, statements and dispute topics out.
 * Plain Java, no Spring; thread-safe once built.
 */
public final class ArticleExtractor {

	private final ReferenceData reference;

	public ArticleExtractor(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * @param fileName the article's file name (used only in notes)
	 * @param rawText the whole file, possibly starting with a front-matter block
	 */
	public Extraction extract(String fileName, String rawText) {
		return new Extraction(ArticleMetadata.NONE, rawText, null, List.of(), List.of(), List.of(), List.of());
	}
}
