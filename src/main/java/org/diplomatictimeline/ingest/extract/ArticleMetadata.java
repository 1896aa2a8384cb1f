package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;

/** What the front matter (or, failing that, the text) says about the article itself. All optional. */
public record ArticleMetadata(String title, String source, String url, LocalDate published) {

	public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);
}
