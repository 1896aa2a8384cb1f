package org.diplomatictimeline.ingest.extract;

import java.time.DayOfWeek;

/**
 * A time expression as written, before it is resolved against the article's reference date.
 * Fields that the expression does not state are null.
 *
 * @param kind what sort of expression it is
 * @param offset for relative expressions: days, months or years from the reference date
 * @param since true after "since": a starting point, not the date of an event
 * @param future true when the words themselves point ahead ("next Monday", "later this month")
 */
record DateExpression(int start, int end, Kind kind, Integer year, Integer month, Integer day, DayOfWeek weekday,
		int offset, boolean since, boolean future) {

	enum Kind {
		/** "March 16, 2023", "2023-03-16" */
		FULL,
		/** "March 16" */
		MONTH_DAY,
		/** "December 2019" */
		MONTH_YEAR,
		/** "in March", offset in years ("in June last year" = -1) */
		MONTH,
		/** "in 2019" */
		YEAR,
		/**
		 * "Tuesday", offset in weeks ("next Monday" = 1, "last Monday" = -1); plus or minus {@link #CALENDAR_WEEK} for a
		 * weekday of the next or previous calendar week ("Monday last week")
		 */
		WEEKDAY,
		/** "on the 17th" */
		DAY_OF_MONTH,
		/** "yesterday", "the previous day": offset in days */
		RELATIVE_DAY,
		/** "earlier this month", "last month": offset in months */
		RELATIVE_MONTH,
		/** "last year": offset in years */
		RELATIVE_YEAR
	}

	/** Offset of a weekday in the calendar week after the reference date's ("Friday next week"); negated for the week before. */
	static final int CALENDAR_WEEK = 7;
}
