package org.diplomatictimeline.timeline;

import java.util.LinkedHashSet;
import java.util.Set;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.domain.FuzzyDate;

/** What the filters look at in one encounter, detached from the persistence context. */
public record EncounterFacts(Long id, Integer year, String kind, String level, String status, String country,
		String city, Set<String> disputes, Set<String> people) {

	public static EncounterFacts of(Encounter e) {
		FuzzyDate date = e.getDate();
		Set<String> people = new LinkedHashSet<>();
		e.getParticipants().forEach(p -> people.add(p.getPerson().getKey()));
		return new EncounterFacts(e.getId(), date == null ? null : date.start().getYear(), e.getKind().code(),
				e.getLevel().code(), e.getStatus().code(), e.getCountry(), e.getCity(), Set.copyOf(e.getDisputes()),
				people);
	}

	/**
	 * The values this encounter has for a facet (place names as stored; pairs as {@link PersonPair}
	 * values of every two participants).
	 */
	public Set<String> values(Facet facet) {
		return switch (facet) {
			case DISPUTE -> disputes;
			case PERSON -> people;
			case PAIR -> PersonPair.all(people);
			case LEVEL -> Set.of(level);
			case KIND -> Set.of(kind);
			case STATUS -> Set.of(status);
			case COUNTRY -> country == null ? Set.of() : Set.of(country);
			case CITY -> city == null ? Set.of() : Set.of(city);
			default -> Set.of();
		};
	}

	/** Whether this encounter has any of the values of a facet. */
	boolean hasAny(Facet facet, Set<String> wanted) {
		if (facet == Facet.PAIR) {
			return wanted.stream().anyMatch(p -> people.containsAll(PersonPair.keys(p)));
		}
		// wanted is a set in the facet's own order (case-insensitive for place names)
		return values(facet).stream().anyMatch(wanted::contains);
	}
}
