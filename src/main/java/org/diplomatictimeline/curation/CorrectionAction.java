package org.diplomatictimeline.curation;

/** What an editor did. */
public enum CorrectionAction {

	/** Set one field of an encounter (date, place, occasion, kind, level, status, formality, duration, participants). */
	FIELD,
	/** Checked an encounter and found it right. */
	CONFIRM,
	/** Removed a false encounter: hidden from readers, restorable. */
	REJECT,
	/** Two encounters are one. */
	MERGE,
	/** One source's account is not the encounter it was merged into. */
	SPLIT,
	/** An encounter the extractor missed, with its article and evidence sentences. */
	ADD,
	/** A statement's speaker. */
	SPEAKER,
	/** A statement does not belong to the encounter it was linked to. */
	DETACH,
	/** An article's title, outlet, address or date. */
	ARTICLE;

	public String code() {
		return name().toLowerCase();
	}
}
