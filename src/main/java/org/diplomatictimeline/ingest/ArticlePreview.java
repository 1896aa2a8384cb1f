package org.diplomatictimeline.ingest;

import java.util.List;

/**
 * What adding one file would do, shown to the editor before anything is stored.
 *
 * @param status NEW when it would be added, ALREADY_PRESENT or REJECTED otherwise
 * @param reason why it would be rejected, null otherwise
 * @param existingArticleId the stored article with the same content, if any
 * @param notes remarks about the input, such as "converted from HTML"
 */
public record ArticlePreview(String fileName, IngestOutcome.Status status, String reason, Long existingArticleId,
		List<String> notes, String title, String source, String url, String published, String referenceDate,
		List<EncounterPreview> encounters, List<StatementPreview> statements, List<String> topics) {

	public boolean rejected() {
		return status == IngestOutcome.Status.REJECTED;
	}

	public boolean alreadyPresent() {
		return status == IngestOutcome.Status.ALREADY_PRESENT;
	}

	/**
	 * One extracted encounter; {@code joinsId}/{@code joinsLabel} name the stored encounter it would be
	 * merged into, or are null when it would be a new encounter.
	 */
	public record EncounterPreview(String date, String place, String kind, String level, String status, String role,
			List<String> participants, List<String> topics, Long joinsId, String joinsLabel) {
	}

	public record StatementPreview(String speaker, String kind, String text) {
	}

	static ArticlePreview rejected(String fileName, String reason) {
		return new ArticlePreview(fileName, IngestOutcome.Status.REJECTED, reason, null, List.of(), null, null, null,
				null, null, List.of(), List.of(), List.of());
	}

	static ArticlePreview alreadyPresent(String fileName, Long articleId) {
		return new ArticlePreview(fileName, IngestOutcome.Status.ALREADY_PRESENT, null, articleId, List.of(), null,
				null, null, null, null, List.of(), List.of(), List.of());
	}
}
