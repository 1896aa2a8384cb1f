package org.diplomatictimeline.encounter;

import java.util.List;

import org.diplomatictimeline.system.DisputeChip;
import org.diplomatictimeline.person.ParticipantView;
import org.diplomatictimeline.system.DateView;

/**
 * One encounter as the timeline and the other lists show it. Codes (kind, level, status, formality)
 * are the API codes; templates turn them into words through the message bundle.
 *
 * @param date null when no article dates it
 * @param outcome what it was about in one line ({@link OutcomeLine}), null when no source tells it
 */
public record EncounterCard(Long id, DateView date, String kind, String level, String status, String formality,
		Integer durationMinutes, String city, String country, String occasion, List<ParticipantView> participants,
		List<DisputeChip> disputes, int sourceCount, long statementCount, String curation, String outcome) {

	/** A card without an outcome line. */
	public EncounterCard(Long id, DateView date, String kind, String level, String status, String formality,
			Integer durationMinutes, String city, String country, String occasion, List<ParticipantView> participants,
			List<DisputeChip> disputes, int sourceCount, long statementCount, String curation) {
		this(id, date, kind, level, status, formality, durationMinutes, city, country, occasion, participants, disputes,
				sourceCount, statementCount, curation, null);
	}

	/** A card as extracted, not yet confirmed or corrected by an editor. */
	public EncounterCard(Long id, DateView date, String kind, String level, String status, String formality,
			Integer durationMinutes, String city, String country, String occasion, List<ParticipantView> participants,
			List<DisputeChip> disputes, int sourceCount, long statementCount) {
		this(id, date, kind, level, status, formality, durationMinutes, city, country, occasion, participants, disputes,
				sourceCount, statementCount, CurationState.EXTRACTED.code());
	}

	/** True when an editor confirmed or corrected it: the timeline marks it. */
	public boolean curated() {
		return !CurationState.EXTRACTED.code().equals(curation);
	}

	public boolean planned() {
		return "planned".equals(status);
	}

	public boolean cancelled() {
		return "cancelled".equals(status);
	}

	/** The participants' names, "Fumio Kishida and Yoon Suk Yeol", for titles. */
	public List<String> names() {
		return participants.stream().map(ParticipantView::name).toList();
	}

	/** The anchor of this encounter on list pages. */
	public String anchor() {
		return "encounter-" + id;
	}
}
