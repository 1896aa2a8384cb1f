package org.diplomatictimeline.statement;

import org.diplomatictimeline.system.DateView;

/**
 * A statement as pages show it, with where it stands in its article.
 *
 * @param anchor the id of its highlighted span on the article page
 */
public record StatementView(Long id, String speakerKey, String speakerName, String text, String kind, String via,
		DateView date, Long articleId, String articleTitle, Long encounterId, String anchor) {

	/** Maps a statement; call inside the transaction that loaded it. */
	public static StatementView of(Statement s) {
		return new StatementView(s.getId(), s.getSpeaker().getKey(), s.getSpeaker().getName(), s.getText(),
				s.getKind().code(), s.getVia(), DateView.of(s.getDate()), s.getArticle().getId(),
				s.getArticle().getDisplayTitle(), s.getEncounter() == null ? null : s.getEncounter().getId(),
				anchorOf(s.getId()));
	}

	public static String anchorOf(Long statementId) {
		return "ev-st" + statementId;
	}
}
