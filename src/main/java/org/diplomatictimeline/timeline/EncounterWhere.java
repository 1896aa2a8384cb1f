package org.diplomatictimeline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Query;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;

/**
 * A timeline filter as a JPQL condition on an encounter aliased {@code e}, so that the database selects
 * and counts: {@code where <condition>} with its parameters bound by {@link #bind}. One facet can be left
 * out, which is how each facet counts its values over the other facets.
 *
 * @param condition JPQL, never empty ({@code 1 = 1} for no filter)
 */
record EncounterWhere(String condition, Map<String, Object> parameters) {

	/** Oldest first, undated last, then by id. */
	static final String OLDEST_FIRST = " order by case when e.dateStart is null then 1 else 0 end, e.dateStart, e.id";

	/** Newest first, undated last (those oldest first, by id). */
	static final String NEWEST_FIRST = " order by case when e.dateStart is null then 1 else 0 end, e.dateStart desc,"
			+ " case when e.dateStart is null then e.id else 0 end, e.id desc";

	static String orderBy(TimelineOrder order) {
		return order == TimelineOrder.OLDEST ? OLDEST_FIRST : NEWEST_FIRST;
	}

	/**
	 * @param except a facet to leave out (to count that facet's values), or null
	 * @param textMatches ids of the encounters matching the text query, null without one
	 */
	static EncounterWhere of(TimelineFilter f, Facet except, Collection<Long> textMatches) {
		List<String> and = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		for (Facet facet : Facet.VALUED) {
			Set<String> values = f.values(facet);
			if (facet == except || values.isEmpty()) {
				continue;
			}
			String name = facet.param();
			switch (facet) {
				case DISPUTE -> {
					List<String> any = new ArrayList<>();
					int i = 0;
					for (String slug : values) {
						any.add(":dispute" + i + " member of e.disputes");
						params.put("dispute" + i++, slug);
					}
					and.add("(" + String.join(" or ", any) + ")");
				}
				case PERSON -> {
					and.add("exists (select 1 from Participation pf where pf.encounter = e and pf.person.key in :person)");
					params.put(name, List.copyOf(values));
				}
				case PAIR -> {
					List<String> any = new ArrayList<>();
					int i = 0;
					for (String pair : values) {
						List<String> keys = PersonPair.keys(pair);
						if (keys.isEmpty()) {
							continue;
						}
						any.add("(exists (select 1 from Participation pa where pa.encounter = e and pa.person.key = :pairA" + i
								+ ") and exists (select 1 from Participation pb where pb.encounter = e and pb.person.key = :pairB"
								+ i + "))");
						params.put("pairA" + i, keys.get(0));
						params.put("pairB" + i++, keys.get(1));
					}
					and.add(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
				}
				case LEVEL -> {
					and.add("e.level in :level");
					params.put(name, values.stream().map(EncounterLevel::fromCode).toList());
				}
				case KIND -> {
					and.add("e.kind in :kind");
					params.put(name, values.stream().map(EncounterKind::fromCode).toList());
				}
				case STATUS -> {
					and.add("e.status in :status");
					params.put(name, values.stream().map(EncounterStatus::fromCode).toList());
				}
				case COUNTRY, CITY -> {
					and.add("lower(e." + name + ") in :" + name);
					params.put(name, values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
				}
				default -> throw new IllegalStateException("unhandled facet " + facet);
			}
		}
		if (except != Facet.YEARS && f.from() != null) {
			and.add("e.dateStart >= :fromDate");
			params.put("fromDate", LocalDate.of(f.from(), 1, 1));
		}
		if (except != Facet.YEARS && f.to() != null) {
			and.add("e.dateStart < :toDate");
			params.put("toDate", LocalDate.of(f.to() + 1, 1, 1));
		}
		if (except != Facet.TEXT && f.q() != null) {
			if (textMatches == null || textMatches.isEmpty()) {
				and.add("1 = 0");
			}
			else {
				and.add("e.id in :textMatches");
				params.put("textMatches", textMatches);
			}
		}
		return new EncounterWhere(and.isEmpty() ? "1 = 1" : String.join(" and ", and), params);
	}

	<Q extends Query> Q bind(Q query) {
		parameters.forEach(query::setParameter);
		return query;
	}
}
