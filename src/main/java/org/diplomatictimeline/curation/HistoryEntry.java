package org.diplomatictimeline.curation;

import java.time.Instant;

/**
 * One step in an encounter's history: an article's extraction or an editor's correction.
 *
 * @param kind "extracted", or a correction's action code ("field", "merge", "split", "reject", ...)
 * @param editor who made the correction; null for an extraction
 * @param field the field changed, or for an extraction the source's role
 * @param withdrawn true when the correction was withdrawn (a rejection undone)
 */
public record HistoryEntry(String kind, Instant at, String editor, String field, String oldValue, String newValue,
		String note, Long articleId, String articleTitle, boolean withdrawn) {
}
