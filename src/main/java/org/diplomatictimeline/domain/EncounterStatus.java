package org.diplomatictimeline.domain;

/** Whether the encounter took place, is only planned, or was called off. */
public enum EncounterStatus {
	HELD, PLANNED, CANCELLED;

	public String code() {
		return name().toLowerCase();
	}

	public static EncounterStatus fromCode(String code) {
		return valueOf(code.strip().toUpperCase());
	}
}
