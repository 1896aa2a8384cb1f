package org.diplomatictimeline.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.person.PersonRepository;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what an editor's forms on an encounter page need; readers need nothing read. */
@Service
@Transactional(readOnly = true)
class CurationPanels {

	private final EncounterRepository encounters;

	private final PersonRepository persons;

	CurationPanels(EncounterRepository encounters, PersonRepository persons) {
		this.encounters = encounters;
		this.persons = persons;
	}

	CurationPanel editor(long id) {
		Encounter e = encounters.findDetailed(id).orElseThrow(() -> new NotFoundException("encounter", id));
		Map<String, String> values = new LinkedHashMap<>();
		EncounterFields.NAMES.forEach(f -> values.put(f, EncounterFields.read(e, f)));
		List<String> participants = e.getParticipants().stream().map(p -> p.getPerson().getKey()).toList();
		List<CurationPanel.Option> sources = e.getSources()
			.stream()
			.map(s -> new CurationPanel.Option(s.getId().toString(), s.getArticle().getDisplayTitle()))
			.toList();
		return new CurationPanel(id, true, values, participants, people(), sources);
	}

	List<CurationPanel.Option> people() {
		return persons.findAllByOrderByName()
			.stream()
			.map(p -> new CurationPanel.Option(p.getKey(), p.getName() + " (" + p.getCountry() + ")"))
			.toList();
	}
}
