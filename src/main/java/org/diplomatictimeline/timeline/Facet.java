package org.diplomatictimeline.timeline;

import java.util.List;

/** A dimension the timeline can be narrowed by; each is one or two URL parameters. */
public enum Facet {
	DISPUTE("dispute"), PERSON("person"), PAIR("pair"), LEVEL("level"), KIND("kind"), STATUS("status"),
	COUNTRY("country"), CITY("city"), YEARS("from"), TEXT("q");

	/** The facets that take a set of values: several values select encounters that have any of them. */
	public static final List<Facet> VALUED = List.of(DISPUTE, PERSON, PAIR, LEVEL, KIND, STATUS, COUNTRY, CITY);

	private final String param;

	Facet(String param) {
		this.param = param;
	}

	/** The URL parameter (for YEARS, the first of from/to); also the message key suffix. */
	public String param() {
		return param;
	}

	/** Whether values are compared regardless of case (free-text place names). */
	public boolean ignoresCase() {
		return this == COUNTRY || this == CITY;
	}
}
