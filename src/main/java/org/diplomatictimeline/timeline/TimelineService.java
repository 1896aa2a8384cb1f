package org.diplomatictimeline.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.encounter.EncounterCards;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.system.IdCount;
import org.diplomatictimeline.system.Labels;
import org.diplomatictimeline.timeline.EncounterSelection.Selection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the timeline page: the selected encounters by year, facets with counts, active filters. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private final EncounterSelection selection;

	private final StatementRepository statements;

	private final EncounterCards cards;

	private final Labels labels;

	private final Clock clock;

	TimelineService(EncounterSelection selection, StatementRepository statements, EncounterCards cards,
			Labels labels, Clock clock) {
		this.selection = selection;
		this.statements = statements;
		this.cards = cards;
		this.labels = labels;
		this.clock = clock;
	}

	public TimelineFilterParser.Parsed parse(TimelineParams params) {
		return selection.parse(params);
	}

	public TimelinePage page(TimelineFilter filter, List<Notice> notices) {
		Selection selected = selection.select(filter);
		Map<Long, Long> statementCounts = IdCount.toMap(statements.countPerEncounter());
		Map<Integer, List<EncounterCard>> byYear = new LinkedHashMap<>();
		for (Encounter e : ordered(selected.selected(), filter.order())) {
			Integer year = e.getDate() == null ? null : e.getDate().start().getYear();
			byYear.computeIfAbsent(year, y -> new ArrayList<>())
				.add(cards.card(e, statementCounts.getOrDefault(e.getId(), 0L)));
		}
		Map<String, String> names = personNames(selected.all());
		List<YearGroup> years = byYear.entrySet().stream().map(en -> new YearGroup(en.getKey(), en.getValue())).toList();
		List<Notice> allNotices = new ArrayList<>(notices);
		allNotices.addAll(unknownPlaces(filter, selected));
		List<LatestEncounter> latest = TimelineSummary.latest(selected.all(), LocalDate.now(clock),
				e -> cards.card(e, statementCounts.getOrDefault(e.getId(), 0L)));
		return new TimelinePage(years, selected.all().size(), selected.selected().size(),
				facets(filter, selected, names), active(filter, names), filter, List.copyOf(allNotices), latest);
	}

	/** The selection in the order asked for; undated encounters stay last either way. */
	private static List<Encounter> ordered(List<Encounter> oldestFirst, TimelineOrder order) {
		if (order == TimelineOrder.OLDEST) {
			return oldestFirst;
		}
		List<Encounter> dated = new ArrayList<>(oldestFirst.stream().filter(e -> e.getDate() != null).toList());
		Collections.reverse(dated);
		oldestFirst.stream().filter(e -> e.getDate() == null).forEach(dated::add);
		return dated;
	}

	/** A place asked for that no stored encounter has: said, so a typo is not mistaken for "no meeting". */
	private static List<Notice> unknownPlaces(TimelineFilter filter, Selection s) {
		List<Notice> notices = new ArrayList<>();
		for (Facet facet : List.of(Facet.COUNTRY, Facet.CITY)) {
			for (String wanted : filter.values(facet)) {
				if (s.facts().stream().noneMatch(f -> f.values(facet).stream().anyMatch(wanted::equalsIgnoreCase))) {
					notices.add(new Notice("filter.unknown." + facet.param(), wanted));
				}
			}
		}
		return notices;
	}

	private List<FacetGroup> facets(TimelineFilter filter, Selection s, Map<String, String> names) {
		List<FacetGroup> groups = new ArrayList<>();
		groups.add(group(Facet.DISPUTE, filter, s, ordered(labels.disputes().keySet()), labels::dispute, null));
		groups.add(group(Facet.LEVEL, filter, s, ordered(codes(EncounterLevel.values(), EncounterLevel::code)), null,
				"level."));
		groups.add(group(Facet.KIND, filter, s, ordered(codes(EncounterKind.values(), EncounterKind::code)), null,
				"kind."));
		groups.add(group(Facet.STATUS, filter, s, ordered(codes(EncounterStatus.values(), EncounterStatus::code)),
				null, "status."));
		groups.add(group(Facet.PERSON, filter, s, Comparator.comparing((String k) -> names.getOrDefault(k, k)),
				k -> names.getOrDefault(k, k), null));
		groups.add(group(Facet.PAIR, filter, s, Comparator.comparing((String k) -> pairLabel(k, names)),
				k -> pairLabel(k, names), null));
		groups.add(group(Facet.COUNTRY, filter, s, String.CASE_INSENSITIVE_ORDER, Function.identity(), null));
		groups.add(group(Facet.CITY, filter, s, String.CASE_INSENSITIVE_ORDER, Function.identity(), null));
		return groups;
	}

	private static String pairLabel(String pair, Map<String, String> names) {
		List<String> keys = PersonPair.keys(pair);
		if (keys.isEmpty()) {
			return pair;
		}
		return names.getOrDefault(keys.get(0), keys.get(0)) + " – " + names.getOrDefault(keys.get(1), keys.get(1));
	}

	private FacetGroup group(Facet facet, TimelineFilter filter, Selection s, Comparator<String> order,
			Function<String, String> label, String keyPrefix) {
		Map<String, Long> counts = new TreeMap<>(order);
		for (EncounterFacts f : s.facts()) {
			if (filter.matches(f, facet, s.textMatches())) {
				for (String v : f.values(facet)) {
					counts.merge(v, 1L, Long::sum);
				}
			}
		}
		List<FacetValue> result = new ArrayList<>();
		counts.forEach((value, count) -> result.add(value(facet, filter, value, count, label, keyPrefix)));
		// a selected value that selects nothing still shows, so it can be switched off
		filter.values(facet)
			.stream()
			.filter(v -> result.stream().noneMatch(r -> r.value().equalsIgnoreCase(v)))
			.forEach(v -> result.add(value(facet, filter, v, 0, label, keyPrefix)));
		String clear = filter.isActive(facet) ? filter.without(facet).href("/") : null;
		return new FacetGroup(facet.param(), result, clear);
	}

	private static FacetValue value(Facet facet, TimelineFilter filter, String value, long count,
			Function<String, String> label, String keyPrefix) {
		return new FacetValue(value, label == null ? null : label.apply(value),
				keyPrefix == null ? null : keyPrefix + value, count, filter.isSelected(facet, value),
				filter.toggle(facet, value).href("/"));
	}

	/** One chip per selected value, each removing only itself. */
	private List<ActiveFilter> active(TimelineFilter filter, Map<String, String> names) {
		List<ActiveFilter> active = new ArrayList<>();
		for (Facet facet : Facet.VALUED) {
			for (String v : filter.values(facet)) {
				String remove = filter.toggle(facet, v).href("/");
				active.add(switch (facet) {
					case DISPUTE -> new ActiveFilter("dispute", labels.dispute(v), null, remove);
					case PERSON -> new ActiveFilter("person", names.getOrDefault(v, v), null, remove);
					case PAIR -> new ActiveFilter("pair", pairLabel(v, names), null, remove);
					case LEVEL, KIND, STATUS -> new ActiveFilter(facet.param(), null, facet.param() + "." + v, remove);
					default -> new ActiveFilter(facet.param(), v, null, remove);
				});
			}
		}
		if (filter.from() != null || filter.to() != null) {
			String years = Objects.toString(filter.from(), "…") + "–" + Objects.toString(filter.to(), "…");
			active.add(new ActiveFilter("from", years, null, filter.without(Facet.YEARS).href("/")));
		}
		if (filter.q() != null) {
			active.add(new ActiveFilter("q", "“" + filter.q() + "”", null, filter.without(Facet.TEXT).href("/")));
		}
		return active;
	}

	private static Map<String, String> personNames(List<Encounter> all) {
		Map<String, String> names = new HashMap<>();
		all.forEach(e -> e.getParticipants().forEach(p -> names.put(p.getPerson().getKey(), p.getPerson().getName())));
		return names;
	}

	private static <E> List<String> codes(E[] values, Function<E, String> code) {
		return Arrays.stream(values).map(code).toList();
	}

	private static Comparator<String> ordered(Collection<String> order) {
		List<String> list = List.copyOf(order);
		return Comparator.comparingInt((String v) -> list.indexOf(v) < 0 ? Integer.MAX_VALUE : list.indexOf(v))
			.thenComparing(Comparator.naturalOrder());
	}
}
