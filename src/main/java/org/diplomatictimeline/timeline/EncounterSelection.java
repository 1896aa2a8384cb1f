package org.diplomatictimeline.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.person.PersonRepository;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.system.Labels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selects the encounters a filter asks for. The timeline is loaded in one query (participants
 * fetched, the rest batch-fetched) and filtered in memory, which also gives facet counts without a
 * query per facet value; the text search runs in the database. Runs inside the caller's transaction.
 */
@Component
public class EncounterSelection {

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final PersonRepository persons;

	private final Labels labels;

	EncounterSelection(EncounterRepository encounters, StatementRepository statements, PersonRepository persons,
			Labels labels) {
		this.encounters = encounters;
		this.statements = statements;
		this.persons = persons;
		this.labels = labels;
	}

	/** Validates raw parameters against the known topics and people. */
	@Transactional(readOnly = true)
	public TimelineFilterParser.Parsed parse(TimelineParams params) {
		return new TimelineFilterParser(labels.disputes().keySet(), key -> persons.findByKey(key).isPresent())
			.parse(params);
	}

	@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
	public Selection select(TimelineFilter filter) {
		List<Encounter> all = encounters.findTimeline();
		List<EncounterFacts> facts = all.stream().map(EncounterFacts::of).toList();
		Set<Long> textMatches = filter.q() == null ? null : textMatches(filter.q());
		List<Encounter> selected = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (filter.matches(facts.get(i), null, textMatches)) {
				selected.add(all.get(i));
			}
		}
		return new Selection(all, facts, selected, textMatches);
	}

	/** Encounters whose source articles or statements contain the text, case-insensitively. */
	Set<Long> textMatches(String text) {
		String pattern = "%" + text.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		Set<Long> ids = new HashSet<>(encounters.findIdsBySourceText(pattern));
		ids.addAll(statements.findEncounterIdsByText(pattern));
		return ids;
	}

	/**
	 * @param all every encounter, in timeline order
	 * @param facts the facts of {@code all}, same order
	 * @param textMatches encounters matching the text query, null without one
	 */
	public record Selection(List<Encounter> all, List<EncounterFacts> facts, List<Encounter> selected,
			Set<Long> textMatches) {
	}
}
