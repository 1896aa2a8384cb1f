package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.diplomatictimeline.domain.DatePrecision;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.ingest.reference.GatheringRef;
import org.diplomatictimeline.ingest.reference.GatheringSeriesRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Finds gathering series by their keywords (longest keyword wins: "G20 foreign ministers" over
 * "G20") and picks the meeting of a series that fits a date, a city or a reference date.
 */
final class GatheringFinder {

	private final ReferenceData reference;

	private final PhraseIndex<GatheringSeriesRef> keywords = new PhraseIndex<>(false);

	GatheringFinder(ReferenceData reference) {
		this.reference = reference;
		for (GatheringSeriesRef s : reference.gatheringSeries()) {
			for (String k : s.keywords()) {
				keywords.add(k, s);
			}
		}
	}

	List<GatheringMention> find(Sentence s) {
		return find(s.text(), s.start());
	}

	List<GatheringMention> find(String text, int offset) {
		List<GatheringMention> out = new ArrayList<>();
		for (PhraseIndex.Hit<GatheringSeriesRef> hit : keywords.find(Token.of(text, offset))) {
			out.add(new GatheringMention(hit.start(), hit.end(), hit.values().iterator().next()));
		}
		return out;
	}

	/** Meetings of a series that pass a filter, earliest first. */
	List<GatheringRef> candidates(String series, Predicate<GatheringRef> filter) {
		return reference.gatherings(series).stream().filter(filter).toList();
	}

	/** The meeting of the series within the period of {@code date} (a day: within a week of it). */
	GatheringRef at(String series, FuzzyDate date, String city) {
		LocalDate from = date.start();
		LocalDate to = date.end();
		if (date.precision() == DatePrecision.DAY) {
			from = from.minusDays(3);
			to = to.plusDays(3);
		}
		LocalDate f = from;
		LocalDate t = to;
		List<GatheringRef> found = candidates(series,
				g -> g.overlaps(f, t) && (city == null || g.city() == null || g.city().equalsIgnoreCase(city)));
		return found.size() == 1 ? found.get(0) : null;
	}

	/** The meeting of the series nearest before (or around) a reference date. */
	GatheringRef nearest(String series, LocalDate ref, String city) {
		return candidates(series, g -> (city == null || city.equalsIgnoreCase(g.city()))
				&& !g.start().isAfter(ref.plusDays(7)) && !g.end().isBefore(ref.minusDays(45)))
			.stream()
			.min(Comparator.comparingLong(g -> Math.abs(g.start().toEpochDay() - ref.toEpochDay())))
			.orElse(null);
	}

	/** The meeting of a series nearest a reference date, from two weeks before it to two months after. */
	GatheringRef around(String series, LocalDate ref) {
		return candidates(series, g -> !g.start().isAfter(ref.plusDays(60)) && !g.end().isBefore(ref.minusDays(14)))
			.stream()
			.min(Comparator.comparingLong(g -> Math.abs(g.start().toEpochDay() - ref.toEpochDay())))
			.orElse(null);
	}

	/** The only gathering of any series at a level within a period, or null. */
	GatheringRef onlyAt(FuzzyDate date, org.diplomatictimeline.domain.EncounterLevel level) {
		List<GatheringRef> found = reference.gatherings()
			.stream()
			.filter(g -> g.overlaps(date.start(), date.end()))
			.filter(g -> reference.series(g.series()).map(s -> s.level() == level).orElse(false))
			.toList();
		return found.size() == 1 ? found.get(0) : null;
	}
}
