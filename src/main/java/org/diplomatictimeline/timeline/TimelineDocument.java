package org.diplomatictimeline.timeline;

import java.util.List;

/**
 * The machine-readable timeline: the contract of GET /api/timeline and of the extract command.
 */
public record TimelineDocument(List<EncounterJson> encounters, List<StatementJson> statements,
		List<ArticleJson> articles) {

	public record EncounterJson(Long id, String date, String datePrecision, String city, String country,
			String occasion, String kind, String level, String formality, Integer durationMinutes, String status,
			List<ParticipantJson> participants, List<String> disputes, List<SourceJson> sources, String curation) {

		/** An encounter as extracted: no editor has confirmed or corrected it. */
		public EncounterJson(Long id, String date, String datePrecision, String city, String country, String occasion,
				String kind, String level, String formality, Integer durationMinutes, String status,
				List<ParticipantJson> participants, List<String> disputes, List<SourceJson> sources) {
			this(id, date, datePrecision, city, country, occasion, kind, level, formality, durationMinutes, status,
					participants, disputes, sources, "extracted");
		}
	}

	public record ParticipantJson(String name, String country, String office) {
	}

	public record SourceJson(String article, Long articleId, String role, List<String> evidence) {
	}

	public record StatementJson(Long id, String speaker, String text, String kind, String via, String date,
			String article, Long articleId, Long encounterId) {
	}

	public record ArticleJson(Long id, String file, String title, String source, String url, String published,
			List<String> disputes) {
	}
}
