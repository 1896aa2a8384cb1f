package org.diplomatictimeline.domain;

/** Rank of the principals: heads of government/state, foreign ministers, or anyone else. */
public enum EncounterLevel {
	LEADERS, FOREIGN_MINISTERS, OTHER;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static EncounterLevel fromCode(String code) {
		return valueOf(code.strip().toUpperCase().replace('-', '_'));
	}
}
