package org.diplomatictimeline.ingest.extract;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence: explicit dates, month/year mentions, weekdays, "the 17th",
 * and relative phrases ("the previous day", "earlier this month", "last year"). Resolution against
 * the reference date is {@link DateResolver}'s job.
 */
final class DateFinder {

	private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

	/** What every month name of {@link #MONTH} starts with (case as written). */
	private static final String[] MONTH_STEMS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
			"Nov", "Dec" };

	private static final Pattern ISO = Pattern.compile("\\b(?<year>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<day>\\d{2})\\b");

	private static final Pattern FULL = Pattern
		.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(?<year>(?:19|20)\\d{2})\\b");

	private static final Pattern FULL_DAY_FIRST = Pattern
		.compile("\\b(?<day>\\d{1,2})\\s+" + MONTH + ",?\\s+(?<year>(?:19|20)\\d{2})\\b");

	private static final Pattern DAY_MONTH = Pattern
		.compile("\\b(?<day>\\d{1,2})\\s+" + MONTH + "(?![\\w.]?\\s*,?\\s*\\d{4})\\b");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(?<year>(?:19|20)\\d{2})\\b");

	private static final Pattern MONTH_DAY = Pattern
		.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.]?\\d)");

	private static final Pattern MONTH_ALONE = Pattern.compile("(?<![-\\w])" + MONTH
			+ "(?<rel>\\s+(?:last|this|next)\\s+year|\\s+of\\s+(?:last|this|next)\\s+year)?(?![-\\w])");

	private static final Pattern YEAR = Pattern.compile(
			"(?i)\\b(?<prep>in|since|during|by|until|through|early|late|mid|of|from)\\s+(?:(?:early|late|mid)[\\s-]+)?(?<year>(?:19|20)\\d{2})\\b(?![-–]\\d|s\\b)");

	private static final Pattern YEAR_OF_DOCUMENT = Pattern.compile(
			"\\bthe\\s+(?<year>(?:19|20)\\d{2})\\s+(?=(?:joint declaration|joint statement|summit|declaration)\\b)");

	/** "later that month": the month of the date written just before. */
	static final Pattern SAME_MONTH = Pattern.compile("(?i)\\b(?:later|earlier) that month|that same month|the same month\\b");

	private static final Pattern WEEKDAY = Pattern.compile(
			"(?:\\b(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Tt]his\\s+coming|[Tt]he\\s+following)\\s+)?\\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\\b(?<week>\\s+(?:of\\s+)?(?:last|next|the\\s+previous|the\\s+following)\\s+week\\b)?");

	private static final Pattern DAY_OF_MONTH = Pattern
		.compile("\\b(?:on|On)\\s+the\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:anniversary|century|time|round|session|summit|meeting|year|floor))");

	private static final Pattern RELATIVE = Pattern.compile(
			"(?i)\\b(?<rel>yesterday|today|tomorrow|the previous day|the day before|the next day|the following day|the same day|earlier in the day|later in the day|earlier this month|later this month|this month|last month|next month|earlier this year|later this year|this year|last year|next year|the previous year|the following year|a year ago|the previous month)\\b");

	private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:(?:early|late|mid)[\\s-]+)?$");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	/** Expressions in one sentence, offsets in the body, earliest first, never overlapping. */
	List<DateExpression> find(Sentence s) {
		List<DateExpression> out = new ArrayList<>();
		String text = s.text();
		if (!mayHaveDate(text)) {
			return out;
		}
		// each pattern is tried at every position of the sentence: skip those whose words it lacks
		boolean digit = TextChecks.hasDigit(text);
		boolean month = TextChecks.containsAny(text, MONTH_STEMS);
		String lower = text.toLowerCase(Locale.ROOT);
		collect(out, s, digit && text.indexOf('-') >= 0, ISO, m -> full(s, m, Integer.parseInt(m.group("m"))));
		collect(out, s, digit && month, FULL, m -> full(s, m, month(m.group("month"))));
		collect(out, s, digit && month, FULL_DAY_FIRST, m -> full(s, m, month(m.group("month"))));
		collect(out, s, digit && month, MONTH_YEAR, m -> expr(s, m, DateExpression.Kind.MONTH_YEAR, Integer.parseInt(m.group("year")),
				month(m.group("month")), null, null, 0, false));
		collect(out, s, digit && month, MONTH_DAY, m -> {
			if (m.group("month").equals("May") && Integer.parseInt(m.group("day")) > 31) {
				return null;
			}
			return expr(s, m, DateExpression.Kind.MONTH_DAY, null, month(m.group("month")),
					Integer.parseInt(m.group("day")), null, 0, false);
		});
		collect(out, s, digit && month, DAY_MONTH, m -> expr(s, m, DateExpression.Kind.MONTH_DAY, null, month(m.group("month")),
				Integer.parseInt(m.group("day")), null, 0, false));
		collect(out, s, month, MONTH_ALONE, m -> {
			if (m.group("month").equals("May") && !mayIsMonth(text, m.start())) {
				return null;
			}
			if (m.group("month").endsWith(".") || m.group("month").length() == 3 && !m.group("month").equals("May")) {
				return null;
			}
			String rel = m.group("rel");
			int offset = rel == null ? 0 : rel.contains("last") ? -1 : rel.contains("next") ? 1 : 0;
			boolean explicitThisYear = rel != null && rel.contains("this");
			return expr(s, m, DateExpression.Kind.MONTH, null, month(m.group("month")), null, null,
					rel == null ? Integer.MIN_VALUE : offset, offset > 0 || (explicitThisYear && false));
		});
		collect(out, s, digit, YEAR_OF_DOCUMENT, m -> expr(s, m, DateExpression.Kind.YEAR, Integer.parseInt(m.group("year")), null,
				null, null, 0, false));
		collect(out, s, lower.contains("month"), SAME_MONTH, m -> expr(s, m, DateExpression.Kind.MONTH, null, null, null, null, 0, false));
		collect(out, s, digit, YEAR, m -> expr(s, m, DateExpression.Kind.YEAR, Integer.parseInt(m.group("year")), null, null,
				null, 0, false));
		collect(out, s, text.contains("day"), WEEKDAY, m -> {
			String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
			int offset = mod.equals("last") ? -1 : mod.contains("next") || mod.contains("coming") || mod.contains("following") ? 1 : 0;
			if (offset == 0 && UNTIL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
				// "stays through Friday": the end of something still going on, so ahead of the reference date
				offset = 1;
			}
			String week = m.group("week") == null ? "" : m.group("week").toLowerCase(Locale.ROOT);
			if (!week.isEmpty()) {
				// "Monday last week": that weekday of the calendar week before (or after) the reference date's
				offset = week.contains("last") || week.contains("previous") ? -DateExpression.CALENDAR_WEEK : DateExpression.CALENDAR_WEEK;
			}
			return expr(s, m, DateExpression.Kind.WEEKDAY, null, null, null,
					DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT)), offset, offset > 0);
		});
		collect(out, s, digit, DAY_OF_MONTH, m -> expr(s, m, DateExpression.Kind.DAY_OF_MONTH, null, null,
				Integer.parseInt(m.group("day")), null, 0, false));
		collect(out, s, TextChecks.containsAny(lower, "day", "month", "year", "tomorrow"), RELATIVE, m -> relative(s, m));
		// "last year's rulings" dates the rulings, not what the sentence reports
		out.removeIf(e -> e.weekday() == null && e.end() < s.end() && isPossessive(s, e));
		out.sort(Comparator.comparingInt(DateExpression::start));
		return out;
	}

	private static final Pattern UNTIL_BEFORE = Pattern.compile("(?i)\\b(?:through|until|till|til)\\s+$");

	private static boolean isPossessive(Sentence s, DateExpression e) {
		String after = s.text().substring(e.end() - s.start(), Math.min(s.text().length(), e.end() - s.start() + 2));
		return after.startsWith("'s") || after.startsWith("’s");
	}

	private static boolean mayHaveDate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c) || Character.isUpperCase(c)) {
				return true;
			}
		}
		return text.contains("day") || text.contains("month") || text.contains("year");
	}

	private static boolean mayIsMonth(String text, int at) {
		String before = text.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
		return before.matches("(?s).*\\b(in|since|during|until|by|of|early|late|mid|last|this|next|from|through)\\s+$");
	}

	private interface Maker {
		DateExpression make(Matcher m);
	}

	/** Adds the matches of {@code p}; {@code possible} is false when the sentence lacks what {@code p} needs. */
	private static void collect(List<DateExpression> out, Sentence s, boolean possible, Pattern p, Maker maker) {
		if (!possible) {
			return;
		}
		Matcher m = p.matcher(s.text());
		while (m.find()) {
			int a = s.start() + m.start();
			int b = s.start() + m.end();
			boolean overlaps = out.stream().anyMatch(e -> e.start() < b && a < e.end());
			if (overlaps) {
				continue;
			}
			DateExpression e = maker.make(m);
			if (e != null) {
				out.add(e);
			}
		}
	}

	private static DateExpression full(Sentence s, Matcher m, int month) {
		return expr(s, m, DateExpression.Kind.FULL, Integer.parseInt(m.group("year")), month,
				Integer.parseInt(m.group("day")), null, 0, false);
	}

	private static DateExpression expr(Sentence s, Matcher m, DateExpression.Kind kind, Integer year, Integer month,
			Integer day, DayOfWeek weekday, int offset, boolean future) {
		if (kind == DateExpression.Kind.MONTH && month == null) {
			// "later that month": filled in from the date before it by the frame finder
			return new DateExpression(s.start() + m.start(), s.start() + m.end(), kind, null, null, null, null, 0, false,
					false);
		}
		if (month != null && (month < 1 || month > 12) || day != null && (day < 1 || day > 31)) {
			return null;
		}
		boolean since = SINCE.matcher(s.text().substring(Math.max(0, m.start() - 20), m.start())).find()
				|| m.group().toLowerCase(Locale.ROOT).startsWith("since");
		return new DateExpression(s.start() + m.start(), s.start() + m.end(), kind, year, month, day, weekday, offset,
				since, future);
	}

	private static DateExpression relative(Sentence s, Matcher m) {
		String rel = m.group("rel").toLowerCase(Locale.ROOT);
		return switch (rel) {
			case "yesterday", "the previous day", "the day before" -> expr(s, m, DateExpression.Kind.RELATIVE_DAY, null,
					null, null, null, -1, false);
			case "today", "the same day", "earlier in the day", "later in the day" -> expr(s, m,
					DateExpression.Kind.RELATIVE_DAY, null, null, null, null, 0, false);
			case "tomorrow", "the next day", "the following day" -> expr(s, m, DateExpression.Kind.RELATIVE_DAY, null,
					null, null, null, 1, true);
			case "earlier this month", "this month" -> expr(s, m, DateExpression.Kind.RELATIVE_MONTH, null, null, null,
					null, 0, false);
			case "later this month" -> expr(s, m, DateExpression.Kind.RELATIVE_MONTH, null, null, null, null, 0, true);
			case "last month", "the previous month" -> expr(s, m, DateExpression.Kind.RELATIVE_MONTH, null, null, null,
					null, -1, false);
			case "next month" -> expr(s, m, DateExpression.Kind.RELATIVE_MONTH, null, null, null, null, 1, true);
			case "earlier this year", "this year" -> expr(s, m, DateExpression.Kind.RELATIVE_YEAR, null, null, null,
					null, 0, false);
			case "later this year" -> expr(s, m, DateExpression.Kind.RELATIVE_YEAR, null, null, null, null, 0, true);
			case "last year", "the previous year", "a year ago" -> expr(s, m, DateExpression.Kind.RELATIVE_YEAR, null,
					null, null, null, -1, false);
			case "next year", "the following year" -> expr(s, m, DateExpression.Kind.RELATIVE_YEAR, null, null, null,
					null, 1, true);
			default -> null;
		};
	}

	static int month(String name) {
		return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
	}
}
