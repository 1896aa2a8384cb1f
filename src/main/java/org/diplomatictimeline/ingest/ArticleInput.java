package org.diplomatictimeline.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks a file passes before extraction, in order: decoding (size, emptiness, encoding, binary
 * data), an HTML page turned into text, then the front matter. Nothing here touches the database.
 */
class ArticleInput {

	private final ArticleDecoder decoder;

	private final HtmlArticleText html;

	private final FrontMatterValidator frontMatter;

	ArticleInput(ArticleDecoder decoder, HtmlArticleText html, FrontMatterValidator frontMatter) {
		this.decoder = decoder;
		this.html = html;
		this.frontMatter = frontMatter;
	}

	/** The text to extract from, with remarks for the person who supplied it. */
	PreparedArticle prepare(byte[] content) throws RejectedInputException {
		String text = decoder.decode(content);
		List<String> notes = new ArrayList<>();
		if (html.isHtml(text)) {
			text = html.toArticle(text);
			if (text.isBlank() || text.strip().endsWith("---")) {
				throw new RejectedInputException("the file is an HTML page without readable text");
			}
			notes.add("an HTML page: its text was extracted and the markup dropped");
		}
		frontMatter.validate(text);
		return new PreparedArticle(text, List.copyOf(notes));
	}

	long maxBytes() {
		return decoder.maxBytes();
	}

	void checkSize(long size) throws RejectedInputException {
		decoder.checkSize(size);
	}

	/** Text ready for the extractor; {@code notes} are remarks such as "converted from HTML". */
	record PreparedArticle(String text, List<String> notes) {
	}
}
