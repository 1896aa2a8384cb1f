package org.diplomatictimeline.encounter;

import java.util.List;

import org.diplomatictimeline.system.DateView;

/**
 * One article's account of an encounter.
 *
 * @param role "main" when the encounter is what the article reports, "mentioned" otherwise
 */
public record SourceView(Long articleId, String articleTitle, String outlet, DateView published, String role,
		List<EvidenceView> evidence) {

	/** An evidence sentence and its anchor on the article page. */
	public record EvidenceView(String anchor, String text) {
	}

	/** The anchor of evidence sentence {@code index} of source {@code sourceId} on the article page. */
	public static String anchorOf(Long sourceId, int index) {
		return "ev-" + sourceId + "-" + index;
	}
}
