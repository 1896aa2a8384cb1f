package org.diplomatictimeline.timeline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A validated selection of encounters. Facets combine with AND; several dispute topics select
 * encounters touching any of them. Null or empty means "not filtered".
 *
 * @param from first year included
 * @param to last year included
 * @param q text searched case-insensitively in the encounter's source articles and statements
 */
public record TimelineFilter(SortedSet<String> disputes, String person, String level, String kind, String status,
		String country, String city, Integer from, Integer to, String q) {

	public static final TimelineFilter NONE = new TimelineFilter(new TreeSet<>(), null, null, null, null, null, null,
			null, null, null);

	public TimelineFilter {
		disputes = Collections.unmodifiableSortedSet(new TreeSet<>(disputes == null ? Set.of() : disputes));
	}

	public boolean isEmpty() {
		return this.equals(NONE);
	}

	public boolean isActive(Facet facet) {
		return !this.without(facet).equals(this);
	}

	/**
	 * @param except a facet to ignore (to count the values of that facet), or null
	 * @param textMatches ids of the encounters matching {@link #q()}, or null when there is no text query
	 */
	public boolean matches(EncounterFacts f, Facet except, Set<Long> textMatches) {
		return (except == Facet.DISPUTE || disputes.isEmpty() || f.disputes().stream().anyMatch(disputes::contains))
				&& (except == Facet.PERSON || person == null || f.people().contains(person))
				&& (except == Facet.LEVEL || level == null || level.equals(f.level()))
				&& (except == Facet.KIND || kind == null || kind.equals(f.kind()))
				&& (except == Facet.STATUS || status == null || status.equals(f.status()))
				&& (except == Facet.COUNTRY || country == null || country.equalsIgnoreCase(f.country()))
				&& (except == Facet.CITY || city == null || city.equalsIgnoreCase(f.city()))
				&& (except == Facet.YEARS || inYears(f.year()))
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
		return new TimelineFilter(facet == Facet.DISPUTE ? null : disputes, facet == Facet.PERSON ? null : person,
				facet == Facet.LEVEL ? null : level, facet == Facet.KIND ? null : kind,
				facet == Facet.STATUS ? null : status, facet == Facet.COUNTRY ? null : country,
				facet == Facet.CITY ? null : city, facet == Facet.YEARS ? null : from, facet == Facet.YEARS ? null : to,
				facet == Facet.TEXT ? null : q);
	}

	/**
	 * This filter with a facet value switched: a selected value is removed, another one set (for
	 * disputes, added to the selected ones). Not for YEARS.
	 */
	public TimelineFilter toggle(Facet facet, String value) {
		if (facet == Facet.DISPUTE) {
			TreeSet<String> next = new TreeSet<>(disputes);
			if (!next.remove(value)) {
				next.add(value);
			}
			return new TimelineFilter(next, person, level, kind, status, country, city, from, to, q);
		}
		boolean selected = value.equals(valueOf(facet));
		String v = selected ? null : value;
		TimelineFilter cleared = without(facet);
		return switch (facet) {
			case PERSON -> new TimelineFilter(disputes, v, level, kind, status, country, city, from, to, q);
			case LEVEL -> new TimelineFilter(disputes, person, v, kind, status, country, city, from, to, q);
			case KIND -> new TimelineFilter(disputes, person, level, v, status, country, city, from, to, q);
			case STATUS -> new TimelineFilter(disputes, person, level, kind, v, country, city, from, to, q);
			case COUNTRY -> new TimelineFilter(disputes, person, level, kind, status, v, city, from, to, q);
			case CITY -> new TimelineFilter(disputes, person, level, kind, status, country, v, from, to, q);
			case TEXT -> new TimelineFilter(disputes, person, level, kind, status, country, city, from, to, v);
			default -> cleared;
		};
	}

	/** Whether a facet value is selected. */
	public boolean isSelected(Facet facet, String value) {
		if (facet == Facet.DISPUTE) {
			return disputes.contains(value);
		}
		String current = valueOf(facet);
		return current != null && (facet == Facet.COUNTRY || facet == Facet.CITY ? current.equalsIgnoreCase(value)
				: current.equals(value));
	}

	private String valueOf(Facet facet) {
		return switch (facet) {
			case PERSON -> person;
			case LEVEL -> level;
			case KIND -> kind;
			case STATUS -> status;
			case COUNTRY -> country;
			case CITY -> city;
			case TEXT -> q;
			default -> null;
		};
	}

	/** The URL parameters that give this filter, in a stable order. */
	public MultiValueMap<String, String> params() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		disputes.forEach(d -> params.add("dispute", d));
		put(params, "person", person);
		put(params, "level", level);
		put(params, "kind", kind);
		put(params, "status", status);
		put(params, "country", country);
		put(params, "city", city);
		put(params, "from", from == null ? null : from.toString());
		put(params, "to", to == null ? null : to.toString());
		put(params, "q", q);
		return params;
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
