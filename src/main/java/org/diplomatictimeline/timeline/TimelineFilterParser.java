package org.diplomatictimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.diplomatictimeline.ingest.extract.EncounterKind;
import org.diplomatictimeline.ingest.extract.EncounterLevel;
import org.diplomatictimeline.ingest.extract.EncounterStatus;

/**
 * Turns raw parameters into a filter. Values it cannot use are left out and named in a notice, so a
 * mistyped link still shows a page that says what was ignored.
 */
public final class TimelineFilterParser {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2100;

	static final int MAX_TEXT = 200;

	private final Set<String> disputes;

	private final Predicate<String> personExists;

	/**
	 * @param disputes the known dispute slugs
	 * @param personExists whether a person key is known
	 */
	public TimelineFilterParser(Set<String> disputes, Predicate<String> personExists) {
		this.disputes = disputes;
		this.personExists = personExists;
	}

	public Parsed parse(TimelineParams p) {
		List<Notice> notices = new ArrayList<>();
		TreeSet<String> selected = new TreeSet<>();
		if (p.dispute() != null) {
			for (String raw : p.dispute()) {
				String slug = clean(raw);
				if (slug == null) {
					continue;
				}
				if (disputes.contains(slug)) {
					selected.add(slug);
				}
				else {
					notices.add(new Notice("filter.unknown.dispute", shorten(slug)));
				}
			}
		}
		String person = clean(p.person());
		if (person != null && !personExists.test(person)) {
			notices.add(new Notice("filter.unknown.person", shorten(person)));
			person = null;
		}
		String level = code(p.level(), EncounterLevel::fromCode, c -> c.code(), "filter.unknown.level", notices);
		String kind = code(p.kind(), EncounterKind::fromCode, c -> c.code(), "filter.unknown.kind", notices);
		String status = code(p.status(), EncounterStatus::fromCode, c -> c.code(), "filter.unknown.status", notices);
		String country = text(p.country(), notices);
		String city = text(p.city(), notices);
		Integer from = year(p.from(), notices);
		Integer to = year(p.to(), notices);
		if (from != null && to != null && from > to) {
			notices.add(new Notice("filter.years.swapped", from + "–" + to));
			Integer swap = from;
			from = to;
			to = swap;
		}
		String q = text(p.q(), notices);
		return new Parsed(new TimelineFilter(selected, person, level, kind, status, country, city, from, to, q),
				List.copyOf(notices));
	}

	private static <E> String code(String raw, Function<String, E> parse, Function<E, String> code, String key,
			List<Notice> notices) {
		String value = clean(raw);
		if (value == null) {
			return null;
		}
		try {
			return code.apply(parse.apply(value));
		}
		catch (IllegalArgumentException e) {
			notices.add(new Notice(key, shorten(value)));
			return null;
		}
	}

	private static Integer year(String raw, List<Notice> notices) {
		String value = clean(raw);
		if (value == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(value);
			if (year >= MIN_YEAR && year <= MAX_YEAR) {
				return year;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		notices.add(new Notice("filter.bad.year", shorten(value)));
		return null;
	}

	private static String text(String raw, List<Notice> notices) {
		String value = clean(raw);
		if (value != null && value.length() > MAX_TEXT) {
			notices.add(new Notice("filter.text.shortened", Integer.toString(MAX_TEXT)));
			value = value.substring(0, MAX_TEXT).strip();
		}
		return value;
	}

	private static String clean(String raw) {
		if (raw == null) {
			return null;
		}
		String value = raw.strip();
		return value.isEmpty() ? null : value;
	}

	private static String shorten(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
	}

	/** A filter and what was ignored or changed on the way. */
	public record Parsed(TimelineFilter filter, List<Notice> notices) {
	}
}
