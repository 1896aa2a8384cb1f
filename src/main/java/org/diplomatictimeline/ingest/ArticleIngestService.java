package org.diplomatictimeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.ingest.extract.ArticleExtractor;
import org.diplomatictimeline.ingest.extract.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Adds articles: decodes, extracts (outside any transaction), then stores each article with all it
 * yields in one transaction. The same content twice is one article; a bad file is reported by name
 * and nothing of it is stored.
 */
@Service
public class ArticleIngestService {

	private static final Logger log = LoggerFactory.getLogger(ArticleIngestService.class);

	private final ArticleExtractor extractor;

	private final ArticleDecoder decoder;

	private final ExtractionStore store;

	private final ArticleRepository articles;

	ArticleIngestService(ArticleExtractor extractor, ArticleDecoder decoder, ExtractionStore store,
			ArticleRepository articles) {
		this.extractor = extractor;
		this.decoder = decoder;
		this.store = store;
		this.articles = articles;
	}

	/** Ingests one file's content. Never throws for bad input: the outcome says what happened. */
	public IngestOutcome ingest(String fileName, byte[] content) {
		String hash = sha256(content);
		var existing = articles.findByContentHash(hash);
		if (existing.isPresent()) {
			return IngestOutcome.alreadyPresent(fileName, existing.get().getId());
		}
		String text;
		try {
			text = decoder.decode(content);
		}
		catch (RejectedInputException e) {
			log.warn("Rejected {}: {}", fileName, e.getMessage());
			return IngestOutcome.rejected(fileName, e.getMessage());
		}
		Extraction extraction = extractor.extract(fileName, text);
		try {
			return store.store(fileName, hash, extraction);
		}
		catch (DataIntegrityViolationException e) {
			// the same content was stored meanwhile by a concurrent ingest
			return articles.findByContentHash(hash)
				.map(a -> IngestOutcome.alreadyPresent(fileName, a.getId()))
				.orElseThrow(() -> e);
		}
	}

	/** Ingests every .txt file of a folder, in file-name order. */
	public List<IngestOutcome> ingestFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException("folder not found: " + folder);
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		List<IngestOutcome> outcomes = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			}
			catch (IOException e) {
				log.warn("Cannot read {}: {}", name, e.getMessage());
				outcomes.add(IngestOutcome.rejected(name, "cannot read the file: " + e.getMessage()));
				continue;
			}
			outcomes.add(ingest(name, bytes));
		}
		return outcomes;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
