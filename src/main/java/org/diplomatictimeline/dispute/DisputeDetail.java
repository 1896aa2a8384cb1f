package org.diplomatictimeline.dispute;

import java.util.List;

import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.Pages;

/**
 * Everything about one dispute topic: its background, when it came up, the encounters that touched
 * it (oldest first, a page at a time) and what officials said about it.
 *
 * @param statementCount all statements about the topic, of which {@code statements} are the first
 * @param articleCount all articles about the topic, of which {@code articles} are the first
 */
public record DisputeDetail(DisputeSummary summary, String background, List<EncounterCard> encounters,
		List<StatementView> statements, List<ArticleLink> articles, Pages encounterPages, long statementCount,
		long articleCount) {

	/** Everything on one page. */
	public DisputeDetail(DisputeSummary summary, String background, List<EncounterCard> encounters,
			List<StatementView> statements, List<ArticleLink> articles) {
		this(summary, background, encounters, statements, articles,
				new Pages(1, 1, "/disputes/" + summary.slug(), ""), statements.size(), articles.size());
	}

	/** An article about the topic. */
	public record ArticleLink(Long id, String title, DateView published) {
	}
}
