package org.diplomatictimeline.ingest.extract;

/**
 * The extractor's lenient reading of a leading front-matter block: a block that {@link FrontMatter}
 * finds malformed is treated as no front matter (ingest has already rejected such files, so this
 * only matters when the extractor is used on its own). A UTF-8 byte-order mark is dropped.
 */
final class FrontMatterParser {

	FrontMatter parse(String raw) {
		String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
		try {
			return FrontMatter.parse(text);
		}
		catch (FrontMatter.Malformed e) {
			return new FrontMatter(ArticleMetadata.NONE, text, 1);
		}
	}
}
