package org.diplomatictimeline.domain;

/** What sort of encounter an article describes. */
public enum EncounterKind {
	SUMMIT, TALKS, BRIEF_ENCOUNTER, PHONE_CALL, TRILATERAL;

	/** The code used in URLs and the API: "brief-encounter". */
	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static EncounterKind fromCode(String code) {
		return valueOf(code.strip().toUpperCase().replace('-', '_'));
	}
}
