package org.diplomatictimeline.ingest.extract;

/**
 * The result of reading a file's front matter.
 *
 * @param body the text after the front-matter block (the whole text when there is none)
 */
record FrontMatter(ArticleMetadata metadata, String body) {
}
