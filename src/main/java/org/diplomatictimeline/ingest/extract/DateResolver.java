package org.diplomatictimeline.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import org.diplomatictimeline.domain.FuzzyDate;

/**
 * Turns a {@link DateExpression} into a {@link FuzzyDate} using the article's reference date.
 * Past is the default: "Tuesday" is the latest Tuesday on or before the reference date, "in March"
 * a later month than the reference month means the year before. In a sentence about the future the
 * other way round. Precision stays what the words give: a weekday gives a day, "in March" a month.
 */
final class DateResolver {

	/** Null when the expression needs a reference date and there is none, or names an impossible day. */
	FuzzyDate resolve(DateExpression e, LocalDate ref, boolean futureContext) {
		boolean future = futureContext || e.future();
		if (e.kind() == DateExpression.Kind.MONTH && e.month() == null) {
			return null;
		}
		try {
			return switch (e.kind()) {
				case FULL -> FuzzyDate.day(LocalDate.of(e.year(), e.month(), e.day()));
				case MONTH_YEAR -> FuzzyDate.month(YearMonth.of(e.year(), e.month()));
				case YEAR -> FuzzyDate.year(e.year());
				case MONTH_DAY -> ref == null ? null : FuzzyDate.day(monthDay(e, ref, future));
				case MONTH -> ref == null ? null : FuzzyDate.month(month(e, ref, future));
				case WEEKDAY -> ref == null ? null : FuzzyDate.day(weekday(e, ref, future));
				case DAY_OF_MONTH -> ref == null ? null : FuzzyDate.day(dayOfMonth(e, ref, future));
				case RELATIVE_DAY -> ref == null ? null : FuzzyDate.day(ref.plusDays(e.offset()));
				case RELATIVE_MONTH -> ref == null ? null : FuzzyDate.month(YearMonth.from(ref).plusMonths(e.offset()));
				case RELATIVE_YEAR -> ref == null ? null : FuzzyDate.year(ref.getYear() + e.offset());
			};
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static LocalDate monthDay(DateExpression e, LocalDate ref, boolean future) {
		LocalDate d = LocalDate.of(ref.getYear(), e.month(), e.day());
		if (!future && d.isAfter(ref.plusDays(60))) {
			return d.minusYears(1);
		}
		if (future && d.isBefore(ref.minusDays(60))) {
			return d.plusYears(1);
		}
		return d;
	}

	private static YearMonth month(DateExpression e, LocalDate ref, boolean future) {
		if (e.offset() != Integer.MIN_VALUE) {
			return YearMonth.of(ref.getYear() + e.offset(), e.month());
		}
		YearMonth m = YearMonth.of(ref.getYear(), e.month());
		YearMonth now = YearMonth.from(ref);
		if (!future && m.isAfter(now)) {
			return m.minusYears(1);
		}
		if (future && m.isBefore(now)) {
			return m.plusYears(1);
		}
		return m;
	}

	private static LocalDate weekday(DateExpression e, LocalDate ref, boolean future) {
		if (Math.abs(e.offset()) == DateExpression.CALENDAR_WEEK) {
			LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
			return monday.plusWeeks(Integer.signum(e.offset())).with(TemporalAdjusters.nextOrSame(e.weekday()));
		}
		if (e.offset() > 0 || future && e.offset() == 0) {
			return ref.with(TemporalAdjusters.next(e.weekday()));
		}
		if (e.offset() < 0) {
			return ref.with(TemporalAdjusters.previous(e.weekday()));
		}
		return ref.with(TemporalAdjusters.previousOrSame(e.weekday()));
	}

	private static LocalDate dayOfMonth(DateExpression e, LocalDate ref, boolean future) {
		LocalDate d = ref.withDayOfMonth(Math.min(e.day(), ref.lengthOfMonth()));
		if (!future && e.day() > ref.getDayOfMonth()) {
			YearMonth prev = YearMonth.from(ref).minusMonths(1);
			return prev.atDay(Math.min(e.day(), prev.lengthOfMonth()));
		}
		if (future && e.day() < ref.getDayOfMonth()) {
			YearMonth next = YearMonth.from(ref).plusMonths(1);
			return next.atDay(Math.min(e.day(), next.lengthOfMonth()));
		}
		return d;
	}
}
