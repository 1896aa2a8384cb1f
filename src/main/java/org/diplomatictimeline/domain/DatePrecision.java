package org.diplomatictimeline.domain;

/** How much of a date an article actually states. */
public enum DatePrecision {
	DAY, MONTH, YEAR;

	public String code() {
		return name().toLowerCase();
	}
}
