package org.diplomatictimeline.ingest;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterMerger;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;
import org.diplomatictimeline.person.PersonRepository;
import org.springframework.stereotype.Component;

/**
 * The stored encounter an extracted one belongs to, if any: the one decision both storing and the
 * upload preview make. Candidates are the encounters of the first participant; people not stored yet
 * cannot be in a stored encounter.
 */
@Component
class StoredEncounterMatch {

	private final PersonRepository persons;

	private final EncounterRepository encounters;

	private final EncounterMerger merger = new EncounterMerger();

	StoredEncounterMatch(PersonRepository persons, EncounterRepository encounters) {
		this.persons = persons;
		this.encounters = encounters;
	}

	Optional<Encounter> find(ExtractedEncounter extracted) {
		if (extracted.participants().isEmpty()) {
			return Optional.empty();
		}
		Set<String> keys = new LinkedHashSet<>();
		extracted.participants().stream().map(ExtractedParticipant::personId).forEach(keys::add);
		return persons.findByKey(extracted.participants().get(0).personId())
			.flatMap(first -> merger.findMatch(extracted, keys, encounters.findByParticipant(first.getId())));
	}

	/** Folds the new account into the encounter it joins, or into a new one. */
	void absorb(Encounter encounter, ExtractedEncounter extracted, boolean encounterHasMainSource) {
		merger.absorb(encounter, extracted, encounterHasMainSource);
	}
}
