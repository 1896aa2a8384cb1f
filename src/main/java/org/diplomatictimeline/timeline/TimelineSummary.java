package org.diplomatictimeline.timeline;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.encounter.Participation;
import org.diplomatictimeline.domain.DatePrecision;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.FuzzyDate;

/**
 * The summary strip at the top of the timeline: the latest leaders' meeting, the latest foreign
 * ministers' meeting and the latest phone call, each with how long ago it was. Only held, dated
 * encounters count, never one dated after today (a planned summit is not "the last meeting").
 */
final class TimelineSummary {

	private TimelineSummary() {
	}

	/**
	 * @param all every encounter (whatever the filter: the strip answers "when did they last meet?")
	 * @param card how an encounter is shown
	 */
	static List<LatestEncounter> latest(List<Encounter> all, LocalDate today,
			Function<Encounter, EncounterCard> card) {
		List<LatestEncounter> lines = new ArrayList<>();
		newest(all, today, e -> e.getLevel() == EncounterLevel.LEADERS && e.getKind() != EncounterKind.PHONE_CALL)
			.ifPresent(e -> lines.add(line("leaders", e, today, card)));
		newest(all, today,
				e -> e.getLevel() == EncounterLevel.FOREIGN_MINISTERS && e.getKind() != EncounterKind.PHONE_CALL)
			.ifPresent(e -> lines.add(line("foreign-ministers", e, today, card)));
		newest(all, today, e -> e.getKind() == EncounterKind.PHONE_CALL)
			.ifPresent(e -> lines.add(line("call", e, today, card)));
		return lines;
	}

	private static Optional<Encounter> newest(List<Encounter> all, LocalDate today, Predicate<Encounter> which) {
		return all.stream()
			.filter(e -> e.getStatus() == EncounterStatus.HELD && e.getDate() != null
					&& !e.getDate().start().isAfter(today))
			.filter(which)
			.max(Comparator.comparing(Encounter::getDate).thenComparing(Encounter::getId));
	}

	private static LatestEncounter line(String what, Encounter e, LocalDate today,
			Function<Encounter, EncounterCard> card) {
		FuzzyDate date = e.getDate();
		String unit;
		long ago;
		if (date.precision() == DatePrecision.DAY && ChronoUnit.DAYS.between(date.start(), today) < 60) {
			unit = "days";
			ago = ChronoUnit.DAYS.between(date.start(), today);
		}
		else if (date.precision() != DatePrecision.YEAR && Period.between(date.start(), today).toTotalMonths() < 24) {
			unit = "months";
			ago = Period.between(date.start().withDayOfMonth(1), today.withDayOfMonth(1)).toTotalMonths();
		}
		else {
			unit = "years";
			ago = today.getYear() - date.start().getYear();
		}
		return new LatestEncounter(what, card.apply(e), unit, ago, pairHref(e));
	}

	/** The timeline of the first two participants from different countries, or null. */
	private static String pairHref(Encounter e) {
		List<Participation> people = List.copyOf(e.getParticipants());
		for (Participation a : people) {
			for (Participation b : people) {
				if (a.getCountry() != null && b.getCountry() != null && !a.getCountry().equals(b.getCountry())) {
					String pair = PersonPair.of(a.getPerson().getKey(), b.getPerson().getKey());
					if (pair != null) {
						return TimelineFilter.of(Facet.PAIR, pair).href("/");
					}
				}
			}
		}
		return null;
	}
}
