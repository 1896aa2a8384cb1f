package org.diplomatictimeline.encounter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.person.ParticipantView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.DisputeChip;
import org.diplomatictimeline.system.Labels;
import org.springframework.stereotype.Component;

/** Maps encounter entities to the cards pages show. Call inside the transaction that loaded them. */
@Component
public class EncounterCards {

	private final Labels labels;

	private final EncounterRepository encounters;

	EncounterCards(Labels labels, EncounterRepository encounters) {
		this.labels = labels;
		this.encounters = encounters;
	}

	/**
	 * @param statementCounts statements per encounter id (missing = none)
	 */
	public List<EncounterCard> cards(Collection<Encounter> encounters, Map<Long, Long> statementCounts) {
		Map<Long, String> outcomes = outcomes(encounters);
		return encounters.stream()
			.map(e -> card(e, e.getSources().size(), statementCounts.getOrDefault(e.getId(), 0L), outcomes.get(e.getId())))
			.toList();
	}

	/**
	 * Cards with their counts from grouped queries, so that no encounter's sources are loaded to count them.
	 *
	 * @param sourceCounts sources per encounter id; statementCounts statements per encounter id (missing = none)
	 */
	public List<EncounterCard> cards(Collection<Encounter> encounters, Map<Long, Long> sourceCounts,
			Map<Long, Long> statementCounts) {
		Map<Long, String> outcomes = outcomes(encounters);
		return encounters.stream()
			.map(e -> card(e, sourceCounts.getOrDefault(e.getId(), 0L), statementCounts.getOrDefault(e.getId(), 0L),
					outcomes.get(e.getId())))
			.toList();
	}

	/**
	 * The outcome line of each encounter that has one ({@link OutcomeLine}), read from its sources'
	 * evidence in one query whatever the number of encounters.
	 */
	public Map<Long, String> outcomes(Collection<Encounter> list) {
		if (list.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<OutcomeLine.Sentence>> sentences = new HashMap<>();
		for (SourceSentence s : encounters.findSourceSentences(list.stream().map(Encounter::getId).toList())) {
			sentences.computeIfAbsent(s.encounterId(), id -> new ArrayList<>())
				.add(new OutcomeLine.Sentence(s.text(), s.role() == SourceRole.MAIN));
		}
		Map<Long, String> outcomes = new HashMap<>();
		for (Encounter e : list) {
			List<String> names = e.getParticipants().stream().map(p -> p.getPerson().getName()).toList();
			String line = OutcomeLine.of(sentences.getOrDefault(e.getId(), List.of()), names);
			if (line != null) {
				outcomes.put(e.getId(), line);
			}
		}
		return outcomes;
	}

	public EncounterCard card(Encounter e, long statementCount) {
		return card(e, e.getSources().size(), statementCount);
	}

	public EncounterCard card(Encounter e, long sourceCount, long statementCount) {
		return card(e, sourceCount, statementCount, outcomes(List.of(e)).get(e.getId()));
	}

	/** @param outcome the encounter's outcome line from {@link #outcomes}, or null */
	public EncounterCard card(Encounter e, long sourceCount, long statementCount, String outcome) {
		return new EncounterCard(e.getId(), DateView.of(e.getDate()), e.getKind().code(), e.getLevel().code(),
				e.getStatus().code(), e.getFormality() == null ? null : e.getFormality().code(), e.getDurationMinutes(),
				e.getCity(), e.getCountry(), e.getOccasion(), participants(e), disputes(e.getDisputes()),
				(int) sourceCount, statementCount, e.getCuration().code(), outcome);
	}

	public List<ParticipantView> participants(Encounter e) {
		return e.getParticipants()
			.stream()
			.map(p -> new ParticipantView(p.getPerson().getKey(), p.getPerson().getName(),
					labels.office(p.getCountry(), p.getOffice()), p.getCountry(), labels.country(p.getCountry())))
			.toList();
	}

	public List<DisputeChip> disputes(Collection<String> slugs) {
		return slugs.stream().sorted().map(s -> new DisputeChip(s, labels.dispute(s))).toList();
	}
}
