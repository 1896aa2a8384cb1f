package org.diplomatictimeline.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;

/**
 * Turns raw parameters into a filter. Values it cannot use are left out and named in a notice, so a
 * mistyped link still shows a page that says what was ignored. Every facet is read the same way: each
 * value on its own, repeated parameters kept.
 */
public final class TimelineFilterParser {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2100;

	static final int MAX_TEXT = 200;

	/** More values than this for one facet are dropped with a notice (a URL is not a database dump). */
	static final int MAX_VALUES = 50;

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
		Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
		values.put(Facet.DISPUTE, read(p.dispute(), v -> disputes.contains(v) ? v : null, "filter.unknown.dispute",
				notices));
		values.put(Facet.PERSON, read(p.person(), v -> personExists.test(v) ? v : null, "filter.unknown.person",
				notices));
		values.put(Facet.PAIR, read(p.pair(), this::pair, "filter.unknown.pair", notices));
		values.put(Facet.LEVEL, read(p.level(), code(EncounterLevel::fromCode, EncounterLevel::code),
				"filter.unknown.level", notices));
		values.put(Facet.KIND, read(p.kind(), code(EncounterKind::fromCode, EncounterKind::code),
				"filter.unknown.kind", notices));
		values.put(Facet.STATUS, read(p.status(), code(EncounterStatus::fromCode, EncounterStatus::code),
				"filter.unknown.status", notices));
		values.put(Facet.COUNTRY, read(p.country(), v -> text(v, notices), null, notices));
		values.put(Facet.CITY, read(p.city(), v -> text(v, notices), null, notices));
		values.values().removeIf(Set::isEmpty);
		Integer from = year(p.from(), notices);
		Integer to = year(p.to(), notices);
		if (from != null && to != null && from > to) {
			notices.add(new Notice("filter.years.swapped", from + "–" + to));
			Integer swap = from;
			from = to;
			to = swap;
		}
		String q = text(clean(p.q()), notices);
		TimelineOrder order = TimelineOrder.NEWEST;
		String rawOrder = clean(p.order());
		if (rawOrder != null) {
			try {
				order = TimelineOrder.fromCode(rawOrder);
			}
			catch (IllegalArgumentException e) {
				notices.add(new Notice("filter.unknown.order", shorten(rawOrder)));
			}
		}
		return new Parsed(TimelineFilter.of(values).ordered(order).withYearsAndText(from, to, q), List.copyOf(notices));
	}

	/**
	 * Reads the values of one facet.
	 * @param accept the value to keep for a cleaned raw value, or null when it is unknown
	 * @param unknownKey the notice for an unknown value (null: every value is accepted)
	 */
	private static Set<String> read(List<String> raw, Function<String, String> accept, String unknownKey,
			List<Notice> notices) {
		Set<String> kept = new LinkedHashSet<>();
		if (raw == null) {
			return kept;
		}
		for (String r : raw) {
			String value = clean(r);
			if (value == null) {
				continue;
			}
			String accepted = accept.apply(value);
			if (accepted == null) {
				notices.add(new Notice(unknownKey, shorten(value)));
			}
			else if (kept.size() < MAX_VALUES) {
				kept.add(accepted);
			}
			else if (kept.size() == MAX_VALUES && !kept.contains(accepted)) {
				notices.add(new Notice("filter.tooMany", Integer.toString(MAX_VALUES)));
				break;
			}
		}
		return kept;
	}

	private String pair(String value) {
		List<String> keys = PersonPair.keys(value);
		if (keys.isEmpty() || !keys.stream().allMatch(personExists)) {
			return null;
		}
		return PersonPair.of(keys.get(0), keys.get(1));
	}

	private static <E> Function<String, String> code(Function<String, E> parse, Function<E, String> code) {
		return value -> {
			try {
				return code.apply(parse.apply(value));
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		};
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

	private static String text(String value, List<Notice> notices) {
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
