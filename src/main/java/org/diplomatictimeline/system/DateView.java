package org.diplomatictimeline.system;

import java.time.LocalDate;

import org.diplomatictimeline.domain.FuzzyDate;

/**
 * A date as pages show it: the ISO form at its precision (for {@code <time datetime>}), the precision
 * code and the first day of the period (for formatting).
 */
public record DateView(String iso, String precision, LocalDate start) {

	/** The view of a fuzzy date, or null for an unknown date. */
	public static DateView of(FuzzyDate date) {
		return date == null ? null : new DateView(date.iso(), date.precision().code(), date.start());
	}

	/** A date known to the day, or null. */
	public static DateView of(LocalDate date) {
		return date == null ? null : of(FuzzyDate.day(date));
	}

	public int year() {
		return start.getYear();
	}
}
