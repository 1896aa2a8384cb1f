package org.diplomatictimeline.ingest;

import java.util.List;

import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.ingest.extract.ArticleExtractor;
import org.diplomatictimeline.ingest.extract.Extraction;
import org.springframework.stereotype.Component;

/**
 * The first half of adding a file, shared by saving and by the preview: is the content stored
 * already, does it pass the input checks, and what does the extractor find in it. Writes nothing.
 */
@Component
class ArticleReader {

	private final ArticleRepository articles;

	private final ArticleInput input;

	private final ArticleExtractor extractor;

	ArticleReader(ArticleRepository articles, ArticleInput input, ArticleExtractor extractor) {
		this.articles = articles;
		this.input = input;
		this.extractor = extractor;
	}

	Reading read(String fileName, byte[] content) {
		return read(fileName, content, extractor);
	}

	/** Reads with an extractor of the caller's own (a thread of a parallel folder ingest has one). */
	Reading read(String fileName, byte[] content, ArticleExtractor extractor) {
		String hash = ArticleIngestService.sha256(content);
		var existing = articles.findByContentHash(hash);
		if (existing.isPresent()) {
			return new Reading.Stored(existing.get().getId());
		}
		try {
			ArticleInput.PreparedArticle prepared = input.prepare(content);
			return new Reading.Read(hash, extractor.extract(fileName, prepared.text()), prepared.notes());
		}
		catch (RejectedInputException e) {
			return new Reading.Rejected(e.getMessage());
		}
	}

	/** What reading a file found. */
	sealed interface Reading {

		/** The same content is stored already, as this article. */
		record Stored(Long articleId) implements Reading {
		}

		/** The input checks refused the file. */
		record Rejected(String reason) implements Reading {
		}

		/** A new article: its content hash, extraction and remarks from the input checks. */
		record Read(String hash, Extraction extraction, List<String> notes) implements Reading {
		}
	}
}
