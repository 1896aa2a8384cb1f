package org.diplomatictimeline.timeline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A validated selection of encounters, with the order of the list. One rule for every facet: several
 * values of a facet select the encounters that have any of them (OR), and facets combine with AND.
 * A pair value ({@link PersonPair}) selects the encounters both people took part in. An empty facet
 * means "not filtered".
 *
 * @param values the selected values of each {@link Facet#VALUED} facet (place names compared
 * case-insensitively)
 * @param from first year included
 * @param to last year included
 * @param q text searched case-insensitively in the encounter's source articles and statements
 */
public record TimelineFilter(Map<Facet, SortedSet<String>> values, Integer from, Integer to, String q,
		TimelineOrder order) {

	public static final TimelineFilter NONE = new TimelineFilter(Map.of(), null, null, null, TimelineOrder.NEWEST);

	public TimelineFilter {
		EnumMap<Facet, SortedSet<String>> copy = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.VALUED) {
			Collection<String> given = values == null ? null : values.get(facet);
			if (given != null && !given.isEmpty()) {
				TreeSet<String> set = newSet(facet);
				set.addAll(given);
				copy.put(facet, Collections.unmodifiableSortedSet(set));
			}
		}
		values = Collections.unmodifiableMap(copy);
		order = order == null ? TimelineOrder.NEWEST : order;
	}

	/** A filter on some facets, newest first. */
	public static TimelineFilter of(Map<Facet, ? extends Collection<String>> values) {
		EnumMap<Facet, SortedSet<String>> sets = new EnumMap<>(Facet.class);
		values.forEach((facet, v) -> {
			TreeSet<String> set = newSet(facet);
			set.addAll(v);
			sets.put(facet, set);
		});
		return new TimelineFilter(sets, null, null, null, TimelineOrder.NEWEST);
	}

	/** A filter on one facet value, newest first. */
	public static TimelineFilter of(Facet facet, String value) {
		return of(Map.of(facet, List.of(value)));
	}

	private static TreeSet<String> newSet(Facet facet) {
		return facet.ignoresCase() ? new TreeSet<>(String.CASE_INSENSITIVE_ORDER) : new TreeSet<>();
	}

	/** The selected values of a facet, empty when it does not filter. */
	public SortedSet<String> values(Facet facet) {
		SortedSet<String> v = values.get(facet);
		return v == null ? Collections.emptySortedSet() : v;
	}

	public SortedSet<String> disputes() {
		return values(Facet.DISPUTE);
	}

	public SortedSet<String> people() {
		return values(Facet.PERSON);
	}

	public SortedSet<String> pairs() {
		return values(Facet.PAIR);
	}

	/** Whether no facet filters (the order does not count). */
	public boolean isEmpty() {
		return values.isEmpty() && from == null && to == null && q == null;
	}

	public boolean isActive(Facet facet) {
		return !this.without(facet).equals(this);
	}

	/**
	 * @param except a facet to ignore (to count the values of that facet), or null
	 * @param textMatches ids of the encounters matching {@link #q()}, or null when there is no text query
	 */
	public boolean matches(EncounterFacts f, Facet except, Set<Long> textMatches) {
		for (Map.Entry<Facet, SortedSet<String>> e : values.entrySet()) {
			if (e.getKey() != except && !f.hasAny(e.getKey(), e.getValue())) {
				return false;
			}
		}
		return (except == Facet.YEARS || inYears(f.year()))
				&& (except == Facet.TEXT || q == null || (textMatches != null && textMatches.contains(f.id())));
	}

	private boolean inYears(Integer year) {
		if (from == null && to == null) {
			return true;
		}
		return year != null && (from == null || year >= from) && (to == null || year <= to);
	}

	/** This filter with one facet cleared. */
	public TimelineFilter without(Facet facet) {
		EnumMap<Facet, SortedSet<String>> next = copyValues();
		next.remove(facet);
		return new TimelineFilter(next, facet == Facet.YEARS ? null : from, facet == Facet.YEARS ? null : to,
				facet == Facet.TEXT ? null : q, order);
	}

	/** This filter with a value of a facet added, or removed when it is selected. Not for YEARS. */
	public TimelineFilter toggle(Facet facet, String value) {
		if (facet == Facet.TEXT) {
			return new TimelineFilter(values, from, to, value.equals(q) ? null : value, order);
		}
		EnumMap<Facet, SortedSet<String>> next = copyValues();
		TreeSet<String> set = newSet(facet);
		set.addAll(values(facet));
		if (!set.remove(value)) {
			set.add(value);
		}
		next.put(facet, set);
		return new TimelineFilter(next, from, to, q, order);
	}

	/** This filter with only this value for a facet (the other values of that facet dropped). */
	public TimelineFilter with(Facet facet, String value) {
		EnumMap<Facet, SortedSet<String>> next = copyValues();
		TreeSet<String> set = newSet(facet);
		set.add(value);
		next.put(facet, set);
		return new TimelineFilter(next, from, to, q, order);
	}

	/** This filter in another order. */
	public TimelineFilter ordered(TimelineOrder newOrder) {
		return new TimelineFilter(values, from, to, q, newOrder);
	}

	/** This filter with these years and this text instead of its own. */
	public TimelineFilter withYearsAndText(Integer newFrom, Integer newTo, String newQ) {
		return new TimelineFilter(values, newFrom, newTo, newQ, order);
	}

	/** This filter limited to one year (a year link: the filters stay, the years are replaced). */
	public TimelineFilter inYear(int year) {
		return new TimelineFilter(values, year, year, q, order);
	}

	private EnumMap<Facet, SortedSet<String>> copyValues() {
		EnumMap<Facet, SortedSet<String>> copy = new EnumMap<>(Facet.class);
		copy.putAll(values);
		return copy;
	}

	/** Whether a facet value is selected. */
	public boolean isSelected(Facet facet, String value) {
		return facet == Facet.TEXT ? value.equals(q) : values(facet).contains(value);
	}

	/** The URL parameters that give this filter, in a stable order; the default order is left out. */
	public MultiValueMap<String, String> params() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		values.forEach((facet, set) -> set.forEach(v -> params.add(facet.param(), v)));
		put(params, "from", from == null ? null : from.toString());
		put(params, "to", to == null ? null : to.toString());
		put(params, "q", q);
		put(params, "order", order == TimelineOrder.NEWEST ? null : order.code());
		return params;
	}

	/** The parameters a search form keeps as hidden fields: all but the text and the years it asks for. */
	public List<Map.Entry<String, String>> hiddenParams() {
		MultiValueMap<String, String> params = params();
		params.remove("q");
		params.remove("from");
		params.remove("to");
		return params.entrySet()
			.stream()
			.flatMap(e -> e.getValue().stream().map(v -> Map.entry(e.getKey(), v)))
			.toList();
	}

	/** The encoded query string, without '?'; empty for no filter. */
	public String query() {
		StringJoiner query = new StringJoiner("&");
		params().forEach((name, values) -> values
			.forEach(v -> query.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
		return query.toString();
	}

	/** A path with this filter's query string. */
	public String href(String path) {
		String query = query();
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static void put(MultiValueMap<String, String> params, String name, String value) {
		if (value != null) {
			params.add(name, value);
		}
	}
}
