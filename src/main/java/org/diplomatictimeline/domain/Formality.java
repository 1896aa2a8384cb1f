package org.diplomatictimeline.domain;

/** Formality as the governments characterised it, when an article says so. */
public enum Formality {
	FORMAL, INFORMAL;

	public String code() {
		return name().toLowerCase();
	}

	public static Formality fromCode(String code) {
		return valueOf(code.strip().toUpperCase());
	}
}
