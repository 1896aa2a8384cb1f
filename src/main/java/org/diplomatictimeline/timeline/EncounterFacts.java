package org.diplomatictimeline.timeline;

import java.util.LinkedHashSet;
import java.util.Set;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.ingest.extract.FuzzyDate;

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
}
