package org.diplomatictimeline.dispute;

import java.util.List;

import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;

/**
 * Everything about one dispute topic: its background, when it came up, the encounters that touched
 * it (oldest first) and what officials said about it.
 */
public record DisputeDetail(DisputeSummary summary, String background, List<EncounterCard> encounters,
		List<StatementView> statements, List<ArticleLink> articles) {

	/** An article about the topic. */
	public record ArticleLink(Long id, String title, DateView published) {
	}
}
