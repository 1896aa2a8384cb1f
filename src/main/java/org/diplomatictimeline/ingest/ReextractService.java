package org.diplomatictimeline.ingest;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.ingest.extract.ArticleExtractor;
import org.diplomatictimeline.ingest.extract.ArticleMetadata;
import org.diplomatictimeline.ingest.extract.Extraction;
import org.diplomatictimeline.ingest.extract.FrontMatter;
import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.diplomatictimeline.statement.StatementRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds everything derived from the stored articles after the extractor or the reference data
 * changed. Per article, in one transaction: its statements and encounter sources go, encounters left
 * without any source go, and the article's text is extracted and stored again. Encounters that other
 * articles also tell keep the details those articles gave them.
 */
@Service
public class ReextractService {

	private static final Logger log = LoggerFactory.getLogger(ReextractService.class);

	private final ArticleRepository articles;

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final ExtractionStore store;

	private final ArticleExtractor extractor;

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	private final int threads;

	/** An extractor per re-extracting thread, so that parallel runs never share a pipeline's state. */
	private final ThreadLocal<ArticleExtractor> ownExtractor;

	ReextractService(ArticleRepository articles, EncounterRepository encounters, StatementRepository statements,
			ExtractionStore store, ArticleExtractor extractor, TransactionTemplate transaction,
			EntityManager entityManager, IngestProperties properties, ReferenceData reference) {
		this.threads = properties.threads();
		this.ownExtractor = ThreadLocal.withInitial(() -> new ArticleExtractor(reference));
		this.articles = articles;
		this.encounters = encounters;
		this.statements = statements;
		this.store = store;
		this.extractor = extractor;
		this.transaction = transaction;
		this.entityManager = entityManager;
	}

	/** Ids of every stored article, in file-name order. */
	public List<Long> articleIds() {
		return articles.findIdsInOrder();
	}

	/** Re-extracts every stored article, one transaction each; returns how many. */
	public int reextractAll() {
		List<Long> ids = articleIds();
		try (Run run = inOrder(ids)) {
			for (int i = 0; i < ids.size(); i++) {
				run.next();
			}
		}
		return ids.size();
	}

	/** Re-extracts one article; returns its file name with the counts found now. */
	public IngestOutcome reextract(Long articleId) {
		return store(articleId, extract(articleId, extractor));
	}

	/**
	 * Re-extracts articles in the order given: the next ones are read and extracted on the other cores
	 * (each thread with an extractor of its own) while one is stored. Call {@link Run#next()} once per id.
	 */
	public Run inOrder(List<Long> ids) {
		return new Run(ids, new ReadAhead<>(ids, threads, id -> extract(id, ownExtractor.get())));
	}

	/** Articles being re-extracted in order; see {@link #inOrder}. */
	public final class Run implements AutoCloseable {

		private final List<Long> ids;

		private final ReadAhead<Long, Extraction> reads;

		private int next;

		private Run(List<Long> ids, ReadAhead<Long, Extraction> reads) {
			this.ids = ids;
			this.reads = reads;
		}

		/** Stores the next article's new extraction (made meanwhile on another thread). */
		public IngestOutcome next() {
			Extraction extraction = reads.next();
			return store(ids.get(next++), extraction);
		}

		@Override
		public void close() {
			reads.close();
		}
	}

	/** The article's stored text extracted again; writes nothing. */
	private Extraction extract(Long articleId, ArticleExtractor with) {
		Article read = articles.findById(articleId)
			.orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
		String text = FrontMatter.render(new ArticleMetadata(read.getTitle(), read.getSource(), read.getUrl(),
				read.getPublished())) + read.getBody();
		return with.extract(read.getFileName(), text);
	}

	private IngestOutcome store(Long articleId, Extraction extraction) {
		return transaction.execute(status -> {
			Article article = articles.findById(articleId).orElseThrow();
			statements.deleteByArticleId(articleId);
			for (Encounter encounter : encounters.findBySourceArticle(articleId)) {
				encounter.getSources().removeIf(s -> s.getArticle().getId().equals(articleId));
				if (encounter.getSources().isEmpty()) {
					encounters.delete(encounter);
				}
			}
			entityManager.flush();
			if (!extraction.body().equals(article.getBody())) {
				log.info("Body of {} changed on re-extraction (front matter read differently)", article.getFileName());
				article.reviseBody(extraction.body());
			}
			store.describe(article, extraction);
			store.storeDerived(article, extraction);
			return new IngestOutcome(article.getFileName(), IngestOutcome.Status.NEW, articleId, null,
					extraction.encounters().size(), extraction.statements().size());
		});
	}
}
