package org.diplomatictimeline.insights;

import java.util.List;

import org.diplomatictimeline.system.DateView;

/**
 * Relations at a glance: held encounters per year by level, the longest gaps between leader-level
 * meetings, and how often each dispute came up per year.
 *
 * @param disputes the disputes with at least one mention, as columns of {@code disputeYears}
 */
public record Insights(List<YearBar> years, List<Gap> gaps, Gap sinceLast, List<DisputeColumn> disputes,
		List<DisputeYear> disputeYears) {

	/**
	 * One year's held encounters, with the bar segments in a 0–100 coordinate space.
	 */
	public record YearBar(int year, int leaders, int ministers, int other, List<Segment> segments) {

		public int total() {
			return leaders + ministers + other;
		}
	}

	/** A bar segment: the level it counts, where it starts and how wide it is (0–100). */
	public record Segment(String level, double x, double width) {
	}

	/**
	 * Time without a leader-level meeting between two held ones.
	 *
	 * @param fromId the encounter that opened the gap, toId the one that closed it (null while still open)
	 */
	public record Gap(DateView from, DateView to, int years, int months, Long fromId, Long toId) {
	}

	public record DisputeColumn(String slug, String label) {
	}

	/** Encounters touching each dispute in one year, in the order of the columns; heat is 0–3. */
	public record DisputeYear(int year, List<Cell> cells) {
	}

	public record Cell(int count, int heat) {
	}
}
