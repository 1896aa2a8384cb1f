package org.diplomatictimeline.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.DatePrecision;
import org.diplomatictimeline.insights.Insights.Cell;
import org.diplomatictimeline.insights.Insights.DisputeColumn;
import org.diplomatictimeline.insights.Insights.DisputeYear;
import org.diplomatictimeline.insights.Insights.Gap;
import org.diplomatictimeline.insights.Insights.Segment;
import org.diplomatictimeline.insights.Insights.YearBar;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the "relations at a glance" figures from the held, dated encounters: the database counts per
 * year, level and dispute; only the leaders' sit-down meetings are read (as dates) to find the silences.
 */
@Service
@Transactional(readOnly = true)
public class InsightsService {

	static final Set<EncounterKind> MEETINGS = Set.of(EncounterKind.SUMMIT, EncounterKind.TALKS,
			EncounterKind.TRILATERAL);

	/** How many of the longest gaps to call out, longest first. */
	static final int GAPS = 3;

	private final Labels labels;

	private final Clock clock;

	@PersistenceContext
	private EntityManager em;

	InsightsService(Labels labels, Clock clock) {
		this.labels = labels;
		this.clock = clock;
	}

	public Insights insights() {
		Map<Integer, int[]> levels = new TreeMap<>();
		for (Object[] r : em.createQuery("select year(e.dateStart), e.level, count(e) from Encounter e"
				+ " where e.status = :held and e.dateStart is not null group by year(e.dateStart), e.level", Object[].class)
			.setParameter("held", EncounterStatus.HELD)
			.getResultList()) {
			levels.computeIfAbsent(((Number) r[0]).intValue(), y -> new int[3])[((EncounterLevel) r[1]).ordinal()] += ((Number) r[2])
				.intValue();
		}
		List<Fact> meetings = em
			.createQuery("select e.id, e.dateStart, e.datePrecision from Encounter e where e.status = :held"
					+ " and e.level = :leaders and e.kind in :kinds and e.dateStart is not null order by e.dateStart, e.id",
					Object[].class)
			.setParameter("held", EncounterStatus.HELD)
			.setParameter("leaders", EncounterLevel.LEADERS)
			.setParameter("kinds", MEETINGS)
			.getResultList()
			.stream()
			.map(r -> new Fact((Long) r[0], new FuzzyDate((LocalDate) r[1], (DatePrecision) r[2]), EncounterLevel.LEADERS,
					null, Set.of()))
			.toList();
		Map<Integer, Map<String, Integer>> disputes = new TreeMap<>();
		for (Object[] r : em.createQuery("select year(e.dateStart), d, count(e) from Encounter e join e.disputes d"
				+ " where e.status = :held and e.dateStart is not null group by year(e.dateStart), d", Object[].class)
			.setParameter("held", EncounterStatus.HELD)
			.getResultList()) {
			disputes.computeIfAbsent(((Number) r[0]).intValue(), y -> new HashMap<>())
				.put((String) r[1], ((Number) r[2]).intValue());
		}
		return compute(new Tallies(levels, meetings, disputes), labels.disputes(), LocalDate.now(clock));
	}

	/** What the figures need of one encounter. */
	record Fact(Long id, FuzzyDate date, EncounterLevel level, EncounterKind kind, Set<String> disputes) {

		static Fact of(Encounter e) {
			return new Fact(e.getId(), e.getDate(), e.getLevel(), e.getKind(), Set.copyOf(e.getDisputes()));
		}
	}

	/**
	 * What the database counts: held, dated encounters per year and level, the leaders' sit-down meetings
	 * in date order, and per year the encounters touching each dispute.
	 */
	record Tallies(Map<Integer, int[]> levels, List<Fact> leaderMeetings, Map<Integer, Map<String, Integer>> disputes) {

		/** The same tallies from a list of held, dated encounters. */
		static Tallies of(List<Fact> held) {
			Map<Integer, int[]> levels = new TreeMap<>();
			Map<Integer, Map<String, Integer>> disputes = new TreeMap<>();
			for (Fact f : held) {
				int year = f.date().start().getYear();
				levels.computeIfAbsent(year, y -> new int[3])[f.level().ordinal()]++;
				f.disputes().forEach(d -> disputes.computeIfAbsent(year, y -> new HashMap<>()).merge(d, 1, Integer::sum));
			}
			return new Tallies(levels, InsightsService.leaderMeetings(held), disputes);
		}
	}

	static Insights compute(List<Fact> held, Map<String, String> disputeLabels, LocalDate today) {
		return compute(Tallies.of(held), disputeLabels, today);
	}

	static Insights compute(Tallies t, Map<String, String> disputeLabels, LocalDate today) {
		if (t.levels().isEmpty()) {
			return new Insights(List.of(), List.of(), null, List.of(), List.of());
		}
		int first = t.levels().keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
		int last = t.levels().keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
		List<DisputeColumn> columns = columns(t, disputeLabels);
		return new Insights(years(t, first, last), gaps(t.leaderMeetings()), sinceLast(t.leaderMeetings(), today),
				columns, disputeYears(t, columns, first, last));
	}

	private static List<YearBar> years(Tallies t, int first, int last) {
		Map<Integer, int[]> counts = new TreeMap<>();
		for (int y = first; y <= last; y++) {
			counts.put(y, t.levels().getOrDefault(y, new int[3]));
		}
		int max = counts.values().stream().mapToInt(c -> c[0] + c[1] + c[2]).max().orElse(1);
		List<YearBar> bars = new ArrayList<>();
		counts.forEach((year, c) -> {
			List<Segment> segments = new ArrayList<>();
			double x = 0;
			EncounterLevel[] levels = EncounterLevel.values();
			for (int i = 0; i < levels.length; i++) {
				if (c[i] > 0) {
					double width = 100.0 * c[i] / max;
					segments.add(new Segment(levels[i].code(), x, width));
					x += width;
				}
			}
			bars.add(new YearBar(year, c[0], c[1], c[2], segments));
		});
		return bars;
	}

	/** Sit-down leader meetings: summits, talks and trilaterals; brief encounters and calls do not end a silence. */
	private static List<Fact> leaderMeetings(List<Fact> held) {
		return held.stream()
			.filter(f -> f.level() == EncounterLevel.LEADERS && MEETINGS.contains(f.kind()))
			.sorted(Comparator.comparing(Fact::date))
			.toList();
	}

	private static List<Gap> gaps(List<Fact> meetings) {
		List<Gap> gaps = new ArrayList<>();
		for (int i = 1; i < meetings.size(); i++) {
			Fact a = meetings.get(i - 1);
			Fact b = meetings.get(i);
			Period p = Period.between(a.date().start(), b.date().start());
			if (p.toTotalMonths() >= 1) {
				gaps.add(new Gap(DateView.of(a.date()), DateView.of(b.date()), p.getYears(), p.getMonths(), a.id(),
						b.id()));
			}
		}
		return gaps.stream()
			.sorted(Comparator.comparingLong((Gap g) -> g.years() * 12L + g.months()).reversed())
			.limit(GAPS)
			.toList();
	}

	private static Gap sinceLast(List<Fact> meetings, LocalDate today) {
		if (meetings.isEmpty()) {
			return null;
		}
		Fact lastMeeting = meetings.get(meetings.size() - 1);
		if (lastMeeting.date().start().isAfter(today)) {
			return null;
		}
		Period p = Period.between(lastMeeting.date().start(), today);
		return new Gap(DateView.of(lastMeeting.date()), null, p.getYears(), p.getMonths(), lastMeeting.id(), null);
	}

	private static List<DisputeColumn> columns(Tallies t, Map<String, String> labels) {
		return labels.entrySet()
			.stream()
			.filter(en -> t.disputes().values().stream().anyMatch(m -> m.containsKey(en.getKey())))
			.map(en -> new DisputeColumn(en.getKey(), en.getValue()))
			.toList();
	}

	private static List<DisputeYear> disputeYears(Tallies t, List<DisputeColumn> columns, int first, int last) {
		if (columns.isEmpty()) {
			return List.of();
		}
		List<DisputeYear> rows = new ArrayList<>();
		for (int y = first; y <= last; y++) {
			Map<String, Integer> year = t.disputes().getOrDefault(y, Map.of());
			List<Cell> cells = columns.stream().map(c -> {
				int n = year.getOrDefault(c.slug(), 0);
				return new Cell(n, Math.min(n, 3));
			}).toList();
			rows.add(new DisputeYear(y, cells));
		}
		return rows;
	}
}
