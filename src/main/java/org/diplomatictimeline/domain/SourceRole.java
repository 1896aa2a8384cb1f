package org.diplomatictimeline.domain;

/** MAIN: the encounter is what the article reports; MENTIONED: an earlier or planned one it refers to. */
public enum SourceRole {
	MAIN, MENTIONED;

	public String code() {
		return name().toLowerCase();
	}

	public static SourceRole fromCode(String code) {
		return valueOf(code.strip().toUpperCase());
	}
}
