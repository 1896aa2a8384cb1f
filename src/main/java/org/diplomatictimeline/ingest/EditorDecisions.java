package org.diplomatictimeline.ingest;

import java.util.Optional;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.encounter.Encounter;

/**
 * What editors decided about stored accounts, consulted while an article's extraction is stored so
 * that re-extraction gives the editors' result again. Accounts are named by their article and
 * {@link org.diplomatictimeline.encounter.AccountKey}. Implemented by the curation package; without
 * it, storing follows the extractor alone.
 */
public interface EditorDecisions {

	EditorDecisions NONE = new EditorDecisions() {
	};

	/** The stored encounter editors put this account in (by a merge or a correction made on it), if any. */
	default Optional<Encounter> pinned(Long articleId, String accountKey) {
		return Optional.empty();
	}

	/** False when editors split this account away from an account the candidate encounter holds. */
	default boolean mayJoin(Long articleId, String accountKey, Encounter candidate) {
		return true;
	}

	/**
	 * Called inside the article's transaction once its encounters and statements are stored: applies
	 * the corrections in force to what the article touched.
	 */
	default void stored(Article article) {
	}
}
