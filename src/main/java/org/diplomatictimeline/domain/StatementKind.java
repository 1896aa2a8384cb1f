package org.diplomatictimeline.domain;

/** QUOTE: words in quotation marks; REPORTED: indirect speech. */
public enum StatementKind {
	QUOTE, REPORTED;

	public String code() {
		return name().toLowerCase();
	}

	public static StatementKind fromCode(String code) {
		return valueOf(code.strip().toUpperCase());
	}
}
