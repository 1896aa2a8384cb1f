package org.diplomatictimeline.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.FuzzyDate;
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

/** Computes the "relations at a glance" figures from the held, dated encounters. */
@Service
@Transactional(readOnly = true)
public class InsightsService {

	static final Set<EncounterKind> MEETINGS = Set.of(EncounterKind.SUMMIT, EncounterKind.TALKS,
			EncounterKind.TRILATERAL);

	/** How many of the longest gaps to call out. */
	static final int GAPS = 3;

	private final EncounterRepository encounters;

	private final Labels labels;

	private final Clock clock;

	InsightsService(EncounterRepository encounters, Labels labels, Clock clock) {
		this.encounters = encounters;
		this.labels = labels;
		this.clock = clock;
	}

	public Insights insights() {
		List<Fact> held = encounters.findTimeline()
			.stream()
			.filter(e -> e.getStatus() == EncounterStatus.HELD && e.getDate() != null)
			.map(Fact::of)
			.toList();
		return compute(held, labels.disputes(), LocalDate.now(clock));
	}

	/** What the figures need of one encounter. */
	record Fact(Long id, FuzzyDate date, EncounterLevel level, EncounterKind kind, Set<String> disputes) {

		static Fact of(Encounter e) {
			return new Fact(e.getId(), e.getDate(), e.getLevel(), e.getKind(), Set.copyOf(e.getDisputes()));
		}
	}

	static Insights compute(List<Fact> held, Map<String, String> disputeLabels, LocalDate today) {
		if (held.isEmpty()) {
			return new Insights(List.of(), List.of(), null, List.of(), List.of());
		}
		int first = held.stream().mapToInt(f -> f.date().start().getYear()).min().orElseThrow();
		int last = held.stream().mapToInt(f -> f.date().start().getYear()).max().orElseThrow();
		List<Fact> meetings = leaderMeetings(held);
		List<DisputeColumn> columns = columns(held, disputeLabels);
		return new Insights(years(held, first, last), gaps(meetings), sinceLast(meetings, today), columns,
				disputeYears(held, columns, first, last));
	}

	private static List<YearBar> years(List<Fact> held, int first, int last) {
		Map<Integer, int[]> counts = new TreeMap<>();
		for (int y = first; y <= last; y++) {
			counts.put(y, new int[3]);
		}
		held.forEach(f -> counts.get(f.date().start().getYear())[f.level().ordinal()]++);
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
			.sorted(Comparator.comparing((Gap g) -> g.from().start()))
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

	private static List<DisputeColumn> columns(List<Fact> held, Map<String, String> labels) {
		return labels.entrySet()
			.stream()
			.filter(en -> held.stream().anyMatch(f -> f.disputes().contains(en.getKey())))
			.map(en -> new DisputeColumn(en.getKey(), en.getValue()))
			.toList();
	}

	private static List<DisputeYear> disputeYears(List<Fact> held, List<DisputeColumn> columns, int first,
			int last) {
		if (columns.isEmpty()) {
			return List.of();
		}
		List<DisputeYear> rows = new ArrayList<>();
		for (int y = first; y <= last; y++) {
			int year = y;
			List<Cell> cells = columns.stream().map(c -> {
				int n = (int) held.stream()
					.filter(f -> f.date().start().getYear() == year && f.disputes().contains(c.slug()))
					.count();
				return new Cell(n, Math.min(n, 3));
			}).toList();
			rows.add(new DisputeYear(year, cells));
		}
		return rows;
	}
}
