package org.diplomatictimeline.ingest;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.diplomatictimeline.encounter.AccountKey;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.ingest.EncounterMerger;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;
import org.diplomatictimeline.person.PersonRepository;
import org.springframework.beans.factory.ObjectProvider;
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

	/** Longest period a stored date stands for (a year, at year precision), in days. */
	private static final int MAX_DATE_SPAN_DAYS = 366;

	private final EncounterMerger merger = new EncounterMerger();

	private final ObjectProvider<EditorDecisions> decisions;

	StoredEncounterMatch(PersonRepository persons, EncounterRepository encounters,
			ObjectProvider<EditorDecisions> decisions) {
		this.persons = persons;
		this.encounters = encounters;
		this.decisions = decisions;
	}

	/** The match for an account not stored yet (the upload preview): editors' decisions cannot name it. */
	Optional<Encounter> find(ExtractedEncounter extracted) {
		return find(extracted, null);
	}

	/**
	 * The match for an account of a stored article: where editors put this account (a merge, or the
	 * accounts a correction was made on) comes first; an encounter editors split it away from is never one.
	 */
	Optional<Encounter> find(ExtractedEncounter extracted, Long articleId) {
		EditorDecisions rules = articleId == null ? EditorDecisions.NONE : decisions();
		String account = EncounterMerger.accountKey(extracted);
		Optional<Encounter> pinned = rules.pinned(articleId, account);
		if (pinned.isPresent()) {
			return pinned;
		}
		if (extracted.participants().isEmpty() || extracted.date() == null) {
			// an undated account joins no encounter (the merger needs overlapping dates)
			return Optional.empty();
		}
		Set<String> keys = new LinkedHashSet<>();
		extracted.participants().stream().map(ExtractedParticipant::personId).forEach(keys::add);
		// a stored date overlaps the told one only if it starts within a year before the told one's end
		// (a year is the widest precision), so only those encounters are read
		LocalDate from = extracted.date().start().minusDays(MAX_DATE_SPAN_DAYS);
		LocalDate to = extracted.date().end();
		return persons.findByKey(extracted.participants().get(0).personId())
			.flatMap(first -> merger.findMatch(extracted, keys, encounters
				.findByParticipantDatedBetween(first.getId(), from, to)
				.stream()
				.filter(candidate -> rules.mayJoin(articleId, account, candidate))
				.toList()));
	}

	EditorDecisions decisions() {
		return decisions.getIfAvailable(() -> EditorDecisions.NONE);
	}

	/** Folds the new account into the encounter it joins, or into a new one. */
	void absorb(Encounter encounter, ExtractedEncounter extracted, boolean encounterHasMainSource) {
		merger.absorb(encounter, extracted, encounterHasMainSource);
	}
}
