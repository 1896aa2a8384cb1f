package org.diplomatictimeline.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.ingest.reference.GatheringRef;
import org.diplomatictimeline.ingest.reference.GatheringSeriesRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Reasons to doubt an encounter that only show against other encounters or the reference data:
 * <ul>
 * <li>{@code possible-duplicate}: the same people meet again (or call again) within a few days, as when
 * one article reports the summit as "October 2015, Seoul" and another as "2 November 2015", or a
 * cancelled meeting is dated a week after the meeting that was held;</li>
 * <li>{@code occasion-elsewhere}: the occasion names a gathering of the reference data (a G7 summit, a
 * state funeral) but no meeting of it took place there and then, as when a visit to Tokyo in March
 * is given the occasion of the G7 summit held in Hiroshima in May.</li>
 * </ul>
 */
final class SuspectEncounters {

	/** Two accounts of the same people this many days apart or closer may be one encounter. */
	static final int DUPLICATE_DAYS = 10;

	/** Days of slack around a gathering's reference dates (arrivals, a date read a day off). */
	static final int GATHERING_SLACK_DAYS = 3;

	private final ReferenceData reference;

	SuspectEncounters(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * @param dated encounters with a date, oldest first
	 * @return reasons by encounter id, for the encounters with any
	 */
	Map<Long, List<String>> reasons(List<Encounter> dated) {
		Map<Long, List<String>> out = new LinkedHashMap<>();
		for (int i = 0; i < dated.size(); i++) {
			Encounter a = dated.get(i);
			LocalDate until = a.getDate().end().plusDays(DUPLICATE_DAYS);
			for (int j = i + 1; j < dated.size() && !dated.get(j).getDate().start().isAfter(until); j++) {
				Encounter b = dated.get(j);
				if (people(a).equals(people(b)) && isCall(a) == isCall(b)) {
					add(out, a, "possible-duplicate");
					add(out, b, "possible-duplicate");
				}
			}
			if (a.getOccasion() != null && !occasionFits(a)) {
				add(out, a, "occasion-elsewhere");
			}
		}
		return out;
	}

	private boolean occasionFits(Encounter e) {
		Optional<GatheringSeriesRef> series = reference.gatheringSeries()
			.stream()
			.filter(s -> s.name().equalsIgnoreCase(e.getOccasion().strip()))
			.findFirst();
		if (series.isEmpty()) {
			return true;
		}
		List<GatheringRef> meetings = reference.gatherings(series.get().series());
		if (meetings.isEmpty()) {
			return true;
		}
		LocalDate from = e.getDate().start().minusDays(GATHERING_SLACK_DAYS);
		LocalDate to = e.getDate().end().plusDays(GATHERING_SLACK_DAYS);
		return meetings.stream()
			.anyMatch(g -> g.overlaps(from, to) && (e.getCity() == null || e.getCity().equalsIgnoreCase(g.city())));
	}

	private static Set<String> people(Encounter e) {
		return e.getParticipants()
			.stream()
			.map(p -> p.getPerson().getKey())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static boolean isCall(Encounter e) {
		return e.getKind() == EncounterKind.PHONE_CALL;
	}

	private static void add(Map<Long, List<String>> out, Encounter e, String reason) {
		List<String> reasons = out.computeIfAbsent(e.getId(), id -> new ArrayList<>());
		if (!reasons.contains(reason)) {
			reasons.add(reason);
		}
	}
}
