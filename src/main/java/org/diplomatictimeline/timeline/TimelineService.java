package org.diplomatictimeline.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.encounter.EncounterCards;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.system.IdCount;
import org.diplomatictimeline.system.Labels;
import org.diplomatictimeline.timeline.EncounterSelection.Criteria;
import org.diplomatictimeline.timeline.TimelinePage.YearLink;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the timeline page: a page of the selected encounters by year, facets with counts, active
 * filters, the summary strip. The database selects, pages and counts, so the page runs the same few
 * queries whatever the size of the archive.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	/** Encounters per page: enough to read a few years of a busy period, few enough to render quickly. */
	public static final int PAGE_SIZE = 50;

	private final EncounterSelection selection;

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final EncounterCards cards;

	private final Labels labels;

	private final Clock clock;

	TimelineService(EncounterSelection selection, EncounterRepository encounters, StatementRepository statements,
			EncounterCards cards, Labels labels, Clock clock) {
		this.selection = selection;
		this.encounters = encounters;
		this.statements = statements;
		this.cards = cards;
		this.labels = labels;
		this.clock = clock;
	}

	public TimelineFilterParser.Parsed parse(TimelineParams params) {
		return selection.parse(params);
	}

	/** The first page of the selection. */
	public TimelinePage page(TimelineFilter filter, List<Notice> notices) {
		return page(filter, notices, 1);
	}

	/**
	 * One page of the selection ({@link #PAGE_SIZE} encounters in the filter's order), the years of the
	 * whole selection with the page each starts on, facet counts and the summary strip.
	 *
	 * @param number the page, from 1; past the last page gives the last page
	 */
	public TimelinePage page(TimelineFilter filter, List<Notice> notices, int number) {
		Criteria criteria = selection.criteria(filter);
		Map<Integer, Long> perYear = selection.countPerYear(criteria);
		long shown = perYear.values().stream().mapToLong(Long::longValue).sum();
		long total = filter.isEmpty() ? shown : encounters.count();
		int pages = (int) Math.max(1, (shown + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(number, 1), pages);
		List<Encounter> onPage = selection.page(criteria, (current - 1) * PAGE_SIZE, PAGE_SIZE);
		List<Encounter> latestCandidates = selection.latestMeetings(LocalDate.now(clock));
		List<Long> ids = Stream.concat(onPage.stream(), latestCandidates.stream()).map(Encounter::getId).distinct().toList();
		Map<Long, Long> statementCounts = IdCount.toMap(ids.isEmpty() ? List.of() : statements.countPerEncounter(ids));
		Map<Long, Long> sourceCounts = IdCount.toMap(ids.isEmpty() ? List.of() : encounters.countSourcesPerEncounter(ids));
		Map<Long, String> outcomes = cards.outcomes(Stream.concat(onPage.stream(), latestCandidates.stream()).toList());
		Function<Encounter, EncounterCard> card = e -> cards.card(e, sourceCounts.getOrDefault(e.getId(), 0L),
				statementCounts.getOrDefault(e.getId(), 0L), outcomes.get(e.getId()));
		Map<Integer, List<EncounterCard>> byYear = new LinkedHashMap<>();
		for (Encounter e : onPage) {
			Integer year = e.getDate() == null ? null : e.getDate().start().getYear();
			byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(card.apply(e));
		}
		List<YearGroup> years = byYear.entrySet().stream().map(en -> new YearGroup(en.getKey(), en.getValue())).toList();
		Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.VALUED) {
			counts.put(facet, selection.facetCounts(criteria, facet));
		}
		Set<String> keys = new HashSet<>(counts.get(Facet.PERSON).keySet());
		keys.addAll(filter.people());
		Stream.concat(counts.get(Facet.PAIR).keySet().stream(), filter.pairs().stream())
			.forEach(p -> keys.addAll(PersonPair.keys(p)));
		Map<String, String> names = selection.personNames(keys);
		List<Notice> allNotices = new ArrayList<>(notices);
		allNotices.addAll(unknownPlaces(filter));
		List<LatestEncounter> latest = TimelineSummary.latest(latestCandidates, LocalDate.now(clock), card);
		return new TimelinePage(years, (int) total, (int) shown, facets(filter, counts, names), active(filter, names),
				filter, List.copyOf(allNotices), latest, yearLinks(filter, perYear, current), current, pages);
	}

	/** A place asked for that no stored encounter has: said, so a typo is not mistaken for "no meeting". */
	private List<Notice> unknownPlaces(TimelineFilter filter) {
		List<Notice> notices = new ArrayList<>();
		for (Facet facet : List.of(Facet.COUNTRY, Facet.CITY)) {
			if (filter.values(facet).isEmpty()) {
				continue;
			}
			Set<String> known = selection.knownPlaces(facet, filter.values(facet));
			for (String wanted : filter.values(facet)) {
				if (!known.contains(wanted.toLowerCase(Locale.ROOT))) {
					notices.add(new Notice("filter.unknown." + facet.param(), wanted));
				}
			}
		}
		return notices;
	}

	/** Each year of the selection, linking to the page where it starts (or to its anchor on this page). */
	private static List<YearLink> yearLinks(TimelineFilter filter, Map<Integer, Long> perYear, int current) {
		List<YearLink> links = new ArrayList<>();
		long before = 0;
		for (Map.Entry<Integer, Long> en : perYear.entrySet()) {
			int page = (int) (before / PAGE_SIZE) + 1;
			String anchor = en.getKey() == null ? "#undated" : "#y" + en.getKey();
			links.add(new YearLink(en.getKey(), en.getValue(), page == current ? anchor : pageHref(filter, page) + anchor));
			before += en.getValue();
		}
		return links;
	}

	/** The timeline page {@code n} with every filter kept; page 1 has no page parameter. */
	static String pageHref(TimelineFilter filter, int n) {
		String base = filter.href("/");
		return n <= 1 ? base : base + (base.contains("?") ? "&" : "?") + "page=" + n;
	}

	private List<FacetGroup> facets(TimelineFilter filter, Map<Facet, Map<String, Long>> s, Map<String, String> names) {
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

	private FacetGroup group(Facet facet, TimelineFilter filter, Map<Facet, Map<String, Long>> allCounts,
			Comparator<String> order, Function<String, String> label, String keyPrefix) {
		Map<String, Long> counts = new TreeMap<>(order);
		// place names differing only in case count as one value, as the filter treats them
		allCounts.get(facet).forEach((value, n) -> counts.merge(value, n, Long::sum));
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

	private static <E> List<String> codes(E[] values, Function<E, String> code) {
		return Arrays.stream(values).map(code).toList();
	}

	private static Comparator<String> ordered(Collection<String> order) {
		List<String> list = List.copyOf(order);
		return Comparator.comparingInt((String v) -> list.indexOf(v) < 0 ? Integer.MAX_VALUE : list.indexOf(v))
			.thenComparing(Comparator.naturalOrder());
	}
}
