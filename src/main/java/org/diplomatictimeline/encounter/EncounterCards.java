package org.diplomatictimeline.encounter;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.diplomatictimeline.system.DisputeChip;
import org.diplomatictimeline.person.ParticipantView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.Labels;
import org.springframework.stereotype.Component;

/** Maps encounter entities to the cards pages show. Call inside the transaction that loaded them. */
@Component
public class EncounterCards {

	private final Labels labels;

	EncounterCards(Labels labels) {
		this.labels = labels;
	}

	/**
	 * @param statementCounts statements per encounter id (missing = none)
	 */
	public List<EncounterCard> cards(Collection<Encounter> encounters, Map<Long, Long> statementCounts) {
		return encounters.stream().map(e -> card(e, statementCounts.getOrDefault(e.getId(), 0L))).toList();
	}

	/**
	 * Cards with their counts from grouped queries, so that no encounter's sources are loaded to count them.
	 *
	 * @param sourceCounts sources per encounter id; statementCounts statements per encounter id (missing = none)
	 */
	public List<EncounterCard> cards(Collection<Encounter> encounters, Map<Long, Long> sourceCounts,
			Map<Long, Long> statementCounts) {
		return encounters.stream()
			.map(e -> card(e, sourceCounts.getOrDefault(e.getId(), 0L), statementCounts.getOrDefault(e.getId(), 0L)))
			.toList();
	}

	public EncounterCard card(Encounter e, long statementCount) {
		return card(e, e.getSources().size(), statementCount);
	}

	public EncounterCard card(Encounter e, long sourceCount, long statementCount) {
		return new EncounterCard(e.getId(), DateView.of(e.getDate()), e.getKind().code(), e.getLevel().code(),
				e.getStatus().code(), e.getFormality() == null ? null : e.getFormality().code(), e.getDurationMinutes(),
				e.getCity(), e.getCountry(), e.getOccasion(), participants(e), disputes(e.getDisputes()),
				(int) sourceCount, statementCount, e.getCuration().code());
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
