package org.diplomatictimeline.timeline;

/** A dimension the timeline can be narrowed by; each is one or two URL parameters. */
public enum Facet {
	DISPUTE("dispute"), PERSON("person"), LEVEL("level"), KIND("kind"), STATUS("status"), COUNTRY("country"),
	CITY("city"), YEARS("from"), TEXT("q");

	private final String param;

	Facet(String param) {
		this.param = param;
	}

	/** The URL parameter (for YEARS, the first of from/to); also the message key suffix. */
	public String param() {
		return param;
	}
}
