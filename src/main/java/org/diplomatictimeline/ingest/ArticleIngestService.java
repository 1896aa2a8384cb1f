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
import org.diplomatictimeline.ingest.extract.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Adds articles: checks and decodes, extracts (outside any transaction), then stores each article
 * with all it yields in one transaction. The same content twice is one article, also when two
 * editors or two instances add it at the same moment (the unique content hash decides); a bad file
 * is reported by name and nothing of it is stored. A database that refuses writes surfaces as a
 * {@link org.springframework.dao.DataAccessException} for the caller to report.
 */
@Service
public class ArticleIngestService {

	private static final Logger log = LoggerFactory.getLogger(ArticleIngestService.class);

	/** Storing again after a unique-key race on a person shared with a concurrent article. */
	private static final int ATTEMPTS = 3;

	private final ArticleReader reader;

	private final ArticleInput input;

	private final ExtractionStore store;

	private final ArticleRepository articles;

	ArticleIngestService(ArticleReader reader, ArticleInput input, ExtractionStore store,
			ArticleRepository articles) {
		this.reader = reader;
		this.input = input;
		this.store = store;
		this.articles = articles;
	}

	/** Ingests one file's content. Never throws for bad input: the outcome says what happened. */
	public IngestOutcome ingest(String fileName, byte[] content) {
		ArticleReader.Reading reading = reader.read(fileName, content);
		if (reading instanceof ArticleReader.Reading.Stored stored) {
			return IngestOutcome.alreadyPresent(fileName, stored.articleId());
		}
		if (reading instanceof ArticleReader.Reading.Rejected rejected) {
			log.warn("Rejected {}: {}", fileName, rejected.reason());
			return IngestOutcome.rejected(fileName, rejected.reason());
		}
		ArticleReader.Reading.Read read = (ArticleReader.Reading.Read) reading;
		String hash = read.hash();
		Extraction extraction = read.extraction();
		for (int attempt = 1;; attempt++) {
			try {
				return store.store(fileName, hash, extraction).withRemarks(read.notes());
			}
			catch (DataIntegrityViolationException e) {
				// the same content was stored meanwhile by a concurrent ingest: that one wins
				var stored = articles.findByContentHash(hash);
				if (stored.isPresent()) {
					return IngestOutcome.alreadyPresent(fileName, stored.get().getId());
				}
				// another key (a person new to both articles) collided: the other side has committed it now
				if (attempt == ATTEMPTS) {
					throw e;
				}
				log.debug("Retrying {} after a concurrent insert: {}", fileName, e.getMessage());
			}
			catch (PessimisticLockingFailureException e) {
				// the database broke a lock wait between two articles about the same people: store again
				if (attempt == ATTEMPTS) {
					throw e;
				}
				log.debug("Retrying {} after a lock conflict: {}", fileName, e.getMessage());
			}
		}
	}

	/** Reads and ingests one file; a file over the size limit is rejected before it is read. */
	public IngestOutcome ingestFile(Path file) {
		String name = file.getFileName().toString();
		byte[] bytes;
		try {
			input.checkSize(Files.size(file));
			bytes = Files.readAllBytes(file);
		}
		catch (RejectedInputException e) {
			log.warn("Rejected {}: {}", name, e.getMessage());
			return IngestOutcome.rejected(name, e.getMessage());
		}
		catch (IOException e) {
			log.warn("Cannot read {}: {}", name, e.getMessage());
			return IngestOutcome.rejected(name, "cannot read the file: " + e.getMessage());
		}
		return ingest(name, bytes);
	}

	/** The .txt files of a folder, in file-name order. */
	public List<Path> articleFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException("folder not found: " + folder);
		}
		try (Stream<Path> listing = Files.list(folder)) {
			return listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
	}

	/** Ingests every .txt file of a folder, in file-name order. */
	public List<IngestOutcome> ingestFolder(Path folder) throws IOException {
		List<IngestOutcome> outcomes = new ArrayList<>();
		for (Path file : articleFiles(folder)) {
			outcomes.add(ingestFile(file));
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
