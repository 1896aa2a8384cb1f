package org.diplomatictimeline.article;

import java.time.Instant;
import java.util.List;

import org.diplomatictimeline.article.HighlightedText.Paragraph;
import org.diplomatictimeline.system.DisputeChip;
import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;

/**
 * One article: metadata, its text with evidence highlighted, and what was extracted from it.
 *
 * @param url the original's address, shown as text and linked only when it is http(s)
 */
public record ArticleDetail(Long id, String title, String outlet, String url, DateView published,
		DateView referenceDate, String fileName, Instant ingestedAt, List<Paragraph> body,
		List<ArticleEncounter> encounters, List<StatementView> statements, List<DisputeChip> topics) {

	public boolean linkable() {
		return url != null && (url.startsWith("https://") || url.startsWith("http://"));
	}

	/** An encounter the article tells, with the article's role and its evidence anchors. */
	/**
	 * An encounter the article tells, numbered as its highlights in the text are.
	 *
	 * @param number from 1, in the order of the list; the highlights of its evidence carry it
	 */
	public record ArticleEncounter(EncounterCard encounter, String role, List<String> anchors, int number) {

		/** The anchor of this entry of the list, which each of its highlights links to. */
		public String anchor() {
			return "told-" + number;
		}

		/** The colour class its highlights share (see {@link HighlightedText.Segment#groupClass()}). */
		public String groupClass() {
			return "mark-g" + ((number - 1) % 6 + 1);
		}
	}
}
