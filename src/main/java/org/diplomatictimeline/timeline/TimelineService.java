package org.diplomatictimeline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
import org.diplomatictimeline.ingest.extract.EncounterKind;
import org.diplomatictimeline.ingest.extract.EncounterLevel;
import org.diplomatictimeline.ingest.extract.EncounterStatus;
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

	TimelineService(EncounterSelection selection, StatementRepository statements, EncounterCards cards,
			Labels labels) {
		this.selection = selection;
		this.statements = statements;
		this.cards = cards;
		this.labels = labels;
	}

	public TimelineFilterParser.Parsed parse(TimelineParams params) {
		return selection.parse(params);
	}

	public TimelinePage page(TimelineFilter filter, List<Notice> notices) {
		Selection selected = selection.select(filter);
		Map<Long, Long> statementCounts = IdCount.toMap(statements.countPerEncounter());
		Map<Integer, List<EncounterCard>> byYear = new LinkedHashMap<>();
		for (Encounter e : selected.selected()) {
			Integer year = e.getDate() == null ? null : e.getDate().start().getYear();
			byYear.computeIfAbsent(year, y -> new ArrayList<>())
				.add(cards.card(e, statementCounts.getOrDefault(e.getId(), 0L)));
		}
		Map<String, String> names = personNames(selected.all());
		List<YearGroup> years = byYear.entrySet().stream().map(en -> new YearGroup(en.getKey(), en.getValue())).toList();
		return new TimelinePage(years, selected.all().size(), selected.selected().size(), facets(filter, selected, names),
				active(filter, names), filter, notices);
	}

	private List<FacetGroup> facets(TimelineFilter filter, Selection s, Map<String, String> names) {
		List<FacetGroup> groups = new ArrayList<>();
		groups.add(group(Facet.DISPUTE, filter, s, f -> f.disputes(), ordered(labels.disputes().keySet()),
				labels::dispute, null));
		groups.add(group(Facet.LEVEL, filter, s, f -> List.of(f.level()),
				ordered(codes(EncounterLevel.values(), EncounterLevel::code)), null, "level."));
		groups.add(group(Facet.KIND, filter, s, f -> List.of(f.kind()),
				ordered(codes(EncounterKind.values(), EncounterKind::code)), null, "kind."));
		groups.add(group(Facet.STATUS, filter, s, f -> List.of(f.status()),
				ordered(codes(EncounterStatus.values(), EncounterStatus::code)), null, "status."));
		groups.add(group(Facet.PERSON, filter, s, f -> f.people(),
				Comparator.comparing((String k) -> names.getOrDefault(k, k)), k -> names.getOrDefault(k, k), null));
		groups.add(group(Facet.COUNTRY, filter, s, f -> nonNull(f.country()), Comparator.naturalOrder(),
				Function.identity(), null));
		groups.add(group(Facet.CITY, filter, s, f -> nonNull(f.city()), Comparator.naturalOrder(), Function.identity(),
				null));
		return groups;
	}

	private FacetGroup group(Facet facet, TimelineFilter filter, Selection s,
			Function<EncounterFacts, ? extends Iterable<String>> values, Comparator<String> order,
			Function<String, String> label, String keyPrefix) {
		Map<String, Long> counts = new TreeMap<>(order);
		for (EncounterFacts f : s.facts()) {
			if (filter.matches(f, facet, s.textMatches())) {
				for (String v : values.apply(f)) {
					counts.merge(v, 1L, Long::sum);
				}
			}
		}
		List<FacetValue> result = new ArrayList<>();
		counts.forEach((value, count) -> result.add(value(facet, filter, value, count, label, keyPrefix)));
		// a selected value that selects nothing still shows, so it can be switched off
		selectedValues(facet, filter).stream()
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

	private static List<String> selectedValues(Facet facet, TimelineFilter filter) {
		return switch (facet) {
			case DISPUTE -> List.copyOf(filter.disputes());
			case PERSON -> nonNull(filter.person());
			case LEVEL -> nonNull(filter.level());
			case KIND -> nonNull(filter.kind());
			case STATUS -> nonNull(filter.status());
			case COUNTRY -> nonNull(filter.country());
			case CITY -> nonNull(filter.city());
			default -> List.of();
		};
	}

	private List<ActiveFilter> active(TimelineFilter filter, Map<String, String> names) {
		List<ActiveFilter> active = new ArrayList<>();
		for (String d : filter.disputes()) {
			active.add(new ActiveFilter("dispute", labels.dispute(d), null,
					filter.toggle(Facet.DISPUTE, d).href("/")));
		}
		if (filter.person() != null) {
			active.add(new ActiveFilter("person", names.getOrDefault(filter.person(), filter.person()), null,
					filter.without(Facet.PERSON).href("/")));
		}
		if (filter.level() != null) {
			active.add(new ActiveFilter("level", null, "level." + filter.level(), filter.without(Facet.LEVEL).href("/")));
		}
		if (filter.kind() != null) {
			active.add(new ActiveFilter("kind", null, "kind." + filter.kind(), filter.without(Facet.KIND).href("/")));
		}
		if (filter.status() != null) {
			active.add(new ActiveFilter("status", null, "status." + filter.status(),
					filter.without(Facet.STATUS).href("/")));
		}
		if (filter.country() != null) {
			active.add(new ActiveFilter("country", filter.country(), null, filter.without(Facet.COUNTRY).href("/")));
		}
		if (filter.city() != null) {
			active.add(new ActiveFilter("city", filter.city(), null, filter.without(Facet.CITY).href("/")));
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

	private static List<String> nonNull(String value) {
		return value == null ? List.of() : List.of(value);
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
