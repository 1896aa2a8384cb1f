package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything extracted from one article.
 *
 * @param body the article text after any front matter; every {@link TextSpan} points into it
 * @param referenceDate the date the article was written, as stated or inferred; null if unknown
 * @param disputes dispute-topic slugs of the article's own content
 * @param notes human-readable remarks about the extraction (e.g. "reference date inferred from ...")
 */
public record Extraction(ArticleMetadata metadata, String body, LocalDate referenceDate,
		List<ExtractedEncounter> encounters, List<ExtractedStatement> statements, List<String> disputes,
		List<String> notes) {
}
