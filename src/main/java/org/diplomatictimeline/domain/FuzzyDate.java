package org.diplomatictimeline.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date known to a given precision. For month and year precision, {@code start} is the first day
 * of the period.
 */
public record FuzzyDate(LocalDate start, DatePrecision precision) implements Comparable<FuzzyDate> {

	public FuzzyDate {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(precision, "precision");
		start = switch (precision) {
			case DAY -> start;
			case MONTH -> start.withDayOfMonth(1);
			case YEAR -> start.withDayOfYear(1);
		};
	}

	public static FuzzyDate day(LocalDate date) {
		return new FuzzyDate(date, DatePrecision.DAY);
	}

	public static FuzzyDate month(YearMonth month) {
		return new FuzzyDate(month.atDay(1), DatePrecision.MONTH);
	}

	public static FuzzyDate year(int year) {
		return new FuzzyDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	/** Parses "2022-06-28", "2022-06" or "2022". */
	public static FuzzyDate parse(String iso) {
		String s = iso.strip();
		return switch (s.length()) {
			case 4 -> year(Integer.parseInt(s));
			case 7 -> month(YearMonth.parse(s));
			default -> day(LocalDate.parse(s));
		};
	}

	/** Last day of the period this date covers. */
	public LocalDate end() {
		return switch (precision) {
			case DAY -> start;
			case MONTH -> YearMonth.from(start).atEndOfMonth();
			case YEAR -> start.withDayOfYear(start.lengthOfYear());
		};
	}

	/** True when the two periods overlap, e.g. 2019-12 and 2019-12-24. */
	public boolean overlaps(FuzzyDate other) {
		return !start.isAfter(other.end()) && !other.start.isAfter(end());
	}

	/** ISO form at this precision: "2022-06-28", "2022-06" or "2022". */
	public String iso() {
		return switch (precision) {
			case DAY -> start.toString();
			case MONTH -> YearMonth.from(start).toString();
			case YEAR -> Integer.toString(start.getYear());
		};
	}

	@Override
	public int compareTo(FuzzyDate o) {
		int c = start.compareTo(o.start);
		return c != 0 ? c : precision.compareTo(o.precision);
	}

	@Override
	public String toString() {
		return iso();
	}
}
