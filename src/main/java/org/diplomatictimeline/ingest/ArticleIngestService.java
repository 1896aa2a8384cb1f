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
import org.diplomatictimeline.ingest.reference.ReferenceData;
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

	/** Threads that read and extract ahead of storing in a folder ingest. */
	private final int threads;

	/**
	 * Each reading thread extracts with an extractor of its own, built from the shared reference data
	 * (about a second and a few MB per thread), so parallel ingest never shares a pipeline's state.
	 */
	private final ThreadLocal<ArticleExtractor> ownExtractor;

	ArticleIngestService(ArticleReader reader, ArticleInput input, ExtractionStore store,
			ArticleRepository articles, IngestProperties properties, ReferenceData reference) {
		this.threads = properties.threads();
		this.ownExtractor = ThreadLocal.withInitial(() -> new ArticleExtractor(reference));
		this.reader = reader;
		this.input = input;
		this.store = store;
		this.articles = articles;
	}

	/** Ingests one file's content. Never throws for bad input: the outcome says what happened. */
	public IngestOutcome ingest(String fileName, byte[] content) {
		return store(fileName, reader.read(fileName, content));
	}

	/** Stores what reading a file found (nothing when it was rejected or is stored already). */
	private IngestOutcome store(String fileName, ArticleReader.Reading reading) {
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
		FileReading read = read(file);
		return store(read.fileName(), read.reading());
	}

	/**
	 * Reads, checks and extracts one file without writing anything: the half of ingest that may run on
	 * several threads at once. A file over the size limit is rejected before it is read.
	 */
	private FileReading read(Path file) {
		String name = file.getFileName().toString();
		byte[] bytes;
		try {
			input.checkSize(Files.size(file));
			bytes = Files.readAllBytes(file);
		}
		catch (RejectedInputException e) {
			return new FileReading(name, new ArticleReader.Reading.Rejected(e.getMessage()));
		}
		catch (IOException e) {
			return new FileReading(name, new ArticleReader.Reading.Rejected("cannot read the file: " + e.getMessage()));
		}
		return new FileReading(name, reader.read(name, bytes, ownExtractor.get()));
	}

	private record FileReading(String fileName, ArticleReader.Reading reading) {
	}

	/**
	 * Ingests files in their list order: while one file is stored (one transaction), the next ones are
	 * read and extracted on the other cores ({@code timeline.ingest.threads}, by default one per core).
	 * Call {@link FolderRun#next()} once per file; close the run when done.
	 */
	public FolderRun inOrder(List<Path> files) {
		return new FolderRun(new ReadAhead<>(files, threads, this::read));
	}

	/** Files being ingested in order; see {@link #inOrder}. */
	public final class FolderRun implements AutoCloseable {

		private final ReadAhead<Path, FileReading> reads;

		private FolderRun(ReadAhead<Path, FileReading> reads) {
			this.reads = reads;
		}

		/** Stores the next file (read meanwhile on another thread) and says what became of it. */
		public IngestOutcome next() {
			FileReading read = reads.next();
			return store(read.fileName(), read.reading());
		}

		@Override
		public void close() {
			reads.close();
		}
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

	/** Ingests every .txt file of a folder, stored in file-name order (extracted in parallel). */
	public List<IngestOutcome> ingestFolder(Path folder) throws IOException {
		List<Path> files = articleFiles(folder);
		List<IngestOutcome> outcomes = new ArrayList<>();
		try (FolderRun run = inOrder(files)) {
			for (int i = 0; i < files.size(); i++) {
				outcomes.add(run.next());
			}
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
