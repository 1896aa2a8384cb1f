package org.diplomatictimeline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.person.PersonRepository;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.system.Labels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selects, pages and counts the encounters a filter asks for, in the database: a page is one query for
 * its ids and one for its rows (the rest batch-fetched), each facet is one {@code group by}, so what a
 * page costs does not grow with the archive. Runs inside the caller's transaction.
 */
@Component
public class EncounterSelection {

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final PersonRepository persons;

	private final Labels labels;

	@PersistenceContext
	private EntityManager em;

	EncounterSelection(EncounterRepository encounters, StatementRepository statements, PersonRepository persons,
			Labels labels) {
		this.encounters = encounters;
		this.statements = statements;
		this.persons = persons;
		this.labels = labels;
	}

	/** Validates raw parameters against the known topics and people. */
	@Transactional(readOnly = true)
	public TimelineFilterParser.Parsed parse(TimelineParams params) {
		return new TimelineFilterParser(labels.disputes().keySet(), key -> persons.findByKey(key).isPresent())
			.parse(params);
	}

	/** The text query's matches, looked up once per request; null without a text query. */
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public Criteria criteria(TimelineFilter filter) {
		return new Criteria(filter, filter.q() == null ? null : textMatches(filter.q()));
	}

	/** How many encounters the filter selects. */
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public long count(Criteria c) {
		EncounterWhere where = c.where(null);
		return where.bind(em.createQuery("select count(e) from Encounter e where " + where.condition(), Long.class))
			.getSingleResult();
	}

	/** Selected encounters per year of their date (null: undated, always last), in the filter's order. */
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public Map<Integer, Long> countPerYear(Criteria c) {
		EncounterWhere where = c.where(null);
		List<Object[]> rows = where
			.bind(em.createQuery("select year(e.dateStart), count(e) from Encounter e where " + where.condition()
					+ " group by year(e.dateStart)", Object[].class))
			.getResultList();
		Comparator<Integer> years = c.filter().order() == TimelineOrder.OLDEST ? Comparator.naturalOrder()
				: Comparator.reverseOrder();
		Map<Integer, Long> perYear = new LinkedHashMap<>();
		rows.stream()
			.sorted(Comparator.comparing((Object[] r) -> r[0] == null ? null : ((Number) r[0]).intValue(),
					Comparator.nullsLast(years)))
			.forEach(r -> perYear.put(r[0] == null ? null : ((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
		return perYear;
	}

	/**
	 * The newest held encounter dated up to today of each line of the summary strip (leaders' meetings,
	 * foreign ministers' meetings, phone calls), whatever the filter.
	 */
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public List<Encounter> latestMeetings(LocalDate today) {
		String base = "select e.id from Encounter e where e.status = :held and e.dateStart <= :today and ";
		String newest = " order by e.dateStart desc, e.id desc";
		List<Long> ids = new ArrayList<>();
		for (String which : List.of("e.level = :level and e.kind <> :call", "e.kind = :call")) {
			List<EncounterLevel> levels = which.contains(":level")
					? List.of(EncounterLevel.LEADERS, EncounterLevel.FOREIGN_MINISTERS) : List.of(EncounterLevel.OTHER);
			for (EncounterLevel level : levels) {
				var query = em.createQuery(base + which + newest, Long.class)
					.setParameter("held", EncounterStatus.HELD)
					.setParameter("today", today)
					.setParameter("call", EncounterKind.PHONE_CALL)
					.setMaxResults(1);
				if (which.contains(":level")) {
					query.setParameter("level", level);
				}
				ids.addAll(query.getResultList());
			}
		}
		return load(ids.stream().distinct().toList());
	}

	/** Which of these place names (lower case) some stored encounter has for a place facet. */
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public Set<String> knownPlaces(Facet facet, Collection<String> names) {
		String field = "e." + facet.param();
		return new HashSet<>(em
			.createQuery("select distinct lower(" + field + ") from Encounter e where lower(" + field + ") in :names",
					String.class)
			.setParameter("names", names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())
			.getResultList());
	}

	/**
	 * One page of the selected encounters in timeline order, with participants and their persons loaded
	 * (sources and topics are batch-fetched when read).
	 */
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public List<Encounter> page(Criteria c, int offset, int limit) {
		EncounterWhere where = c.where(null);
		List<Long> ids = where
			.bind(em.createQuery("select e.id from Encounter e where " + where.condition() + EncounterWhere.orderBy(c.filter().order()),
					Long.class))
			.setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList();
		return load(ids);
	}

	/** The encounters with these ids, in the order given, participants and persons loaded. */
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public List<Encounter> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Encounter> byId = encounters.findAllWithParticipants(ids)
			.stream()
			.collect(Collectors.toMap(Encounter::getId, Function.identity()));
		return ids.stream().map(byId::get).toList();
	}

	/** Value to count for one facet over the encounters the other facets select. */
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public Map<String, Long> facetCounts(Criteria c, Facet facet) {
		EncounterWhere where = c.where(facet);
		String select = switch (facet) {
			case DISPUTE -> "select d, count(e) from Encounter e join e.disputes d where " + where.condition()
					+ " group by d";
			case PERSON -> "select p.person.key, count(distinct e.id) from Encounter e join e.participants p where "
					+ where.condition() + " group by p.person.key";
			case PAIR -> "select concat(pa.person.key, ' ', pb.person.key), count(distinct e.id) from Encounter e"
					+ " join e.participants pa join e.participants pb where pa.person.key < pb.person.key and "
					+ where.condition() + " group by pa.person.key, pb.person.key";
			case LEVEL, KIND, STATUS -> {
				String field = "e." + facet.param();
				yield "select " + field + ", count(e) from Encounter e where " + where.condition() + " group by "
						+ field;
			}
			case COUNTRY, CITY -> {
				String field = "e." + facet.param();
				yield "select " + field + ", count(e) from Encounter e where " + where.condition() + " and " + field
						+ " is not null group by " + field;
			}
			default -> throw new IllegalArgumentException("not a counted facet: " + facet);
		};
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Object[] row : where.bind(em.createQuery(select, Object[].class)).getResultList()) {
			counts.merge(code(row[0]), ((Number) row[1]).longValue(), Long::sum);
		}
		return counts;
	}

	/** Names of the people with these keys. */
	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public Map<String, String> personNames(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return persons.findByKeyIn(keys).stream().collect(Collectors.toMap(p -> p.getKey(), p -> p.getName()));
	}

	private static String code(Object value) {
		if (value instanceof EncounterLevel l) {
			return l.code();
		}
		if (value instanceof EncounterKind k) {
			return k.code();
		}
		if (value instanceof EncounterStatus s) {
			return s.code();
		}
		return (String) value;
	}

	/** Encounters whose source articles or statements contain the text, case-insensitively. */
	Set<Long> textMatches(String text) {
		String pattern = "%" + text.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		Set<Long> ids = new HashSet<>(encounters.findIdsBySourceText(pattern));
		ids.addAll(statements.findEncounterIdsByText(pattern));
		return ids;
	}

	/**
	 * A filter ready to query with.
	 *
	 * @param textMatches encounters matching the filter's text query, null without one
	 */
	public record Criteria(TimelineFilter filter, Set<Long> textMatches) {

		EncounterWhere where(Facet except) {
			return EncounterWhere.of(filter, except, textMatches);
		}
	}
}
