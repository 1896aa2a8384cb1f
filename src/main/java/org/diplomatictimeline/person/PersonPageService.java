package org.diplomatictimeline.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterCards;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.Participation;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.ingest.reference.OfficialRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.diplomatictimeline.person.PersonDetail.Counterpart;
import org.diplomatictimeline.person.PersonDetail.OfficeTerm;
import org.diplomatictimeline.statement.Statement;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.IdCount;
import org.diplomatictimeline.system.Labels;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads people with their offices, encounters, statements and counterparts. */
@Service
@Transactional(readOnly = true)
public class PersonPageService {

	private static final Comparator<Encounter> BY_DATE = Comparator.comparing(
			(Encounter e) -> e.getDate() == null ? LocalDate.MAX : e.getDate().start()).thenComparing(Encounter::getId);

	private final PersonRepository persons;

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final EncounterCards cards;

	private final Labels labels;

	private final ReferenceData reference;

	PersonPageService(PersonRepository persons, EncounterRepository encounters, StatementRepository statements,
			EncounterCards cards, Labels labels, ReferenceData reference) {
		this.persons = persons;
		this.encounters = encounters;
		this.statements = statements;
		this.cards = cards;
		this.labels = labels;
		this.reference = reference;
	}

	public List<PersonRow> list() {
		Map<String, Long> met = new HashMap<>();
		Map<String, Set<String>> offices = new HashMap<>();
		for (Encounter e : encounters.findTimeline()) {
			for (Participation p : e.getParticipants()) {
				String key = p.getPerson().getKey();
				met.merge(key, 1L, Long::sum);
				String office = labels.office(p.getCountry(), p.getOffice());
				if (office != null) {
					offices.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(office);
				}
			}
		}
		Map<Long, Long> said = IdCount.toMap(statements.countPerSpeaker());
		return persons.findAllByOrderByName()
			.stream()
			.map(p -> new PersonRow(p.getKey(), p.getName(), labels.country(p.getCountry()),
					List.copyOf(offices.getOrDefault(p.getKey(), Set.of())), met.getOrDefault(p.getKey(), 0L),
					said.getOrDefault(p.getId(), 0L)))
			.toList();
	}

	/** @throws NotFoundException for an unknown key */
	public PersonDetail detail(String key) {
		Person person = persons.findByKey(key).orElseThrow(() -> new NotFoundException("person", key));
		List<Encounter> theirs = encounters.findByParticipant(person.getId()).stream().sorted(BY_DATE).toList();
		Map<Long, Long> counts = IdCount.toMap(statements.countPerEncounter());
		List<Statement> said = statements.findBySpeaker(person.getId());
		List<OfficialRef> terms = reference.terms(key);
		List<OfficeTerm> offices = terms.isEmpty() ? officesSeen(person, theirs)
				: terms.stream()
					.sorted(Comparator.comparing(OfficialRef::termStart))
					.map(t -> new OfficeTerm(labels.office(t.country(), t.office()), DateView.of(t.termStart()),
							DateView.of(t.termEnd())))
					.toList();
		return new PersonDetail(person.getKey(), person.getName(), labels.country(person.getCountry()), offices,
				!terms.isEmpty(), cards.cards(theirs, counts), said.stream().map(StatementView::of).toList(),
				counterparts(person, theirs));
	}

	/** Without reference terms: each office held in an encounter, from the first to the last one seen. */
	private List<OfficeTerm> officesSeen(Person person, List<Encounter> theirs) {
		Map<String, FuzzyDate[]> seen = new LinkedHashMap<>();
		for (Encounter e : theirs) {
			for (Participation p : e.getParticipants()) {
				if (p.getPerson().getId().equals(person.getId()) && p.getOffice() != null) {
					String office = labels.office(p.getCountry(), p.getOffice());
					FuzzyDate[] span = seen.computeIfAbsent(office, o -> new FuzzyDate[2]);
					if (e.getDate() != null) {
						span[0] = span[0] == null ? e.getDate() : span[0];
						span[1] = e.getDate();
					}
				}
			}
		}
		List<OfficeTerm> offices = new ArrayList<>();
		seen.forEach((office, span) -> offices.add(new OfficeTerm(office, DateView.of(span[0]), DateView.of(span[1]))));
		return offices;
	}

	private List<Counterpart> counterparts(Person person, List<Encounter> theirs) {
		Map<String, Counterpart> byKey = new LinkedHashMap<>();
		for (Encounter e : theirs) {
			if (e.getStatus() != EncounterStatus.HELD) {
				continue;
			}
			for (Participation p : e.getParticipants()) {
				Person other = p.getPerson();
				if (other.getId().equals(person.getId())) {
					continue;
				}
				Counterpart known = byKey.get(other.getKey());
				// the office at the latest meeting wins, as encounters come oldest first
				byKey.put(other.getKey(), new Counterpart(other.getKey(), other.getName(),
						labels.office(p.getCountry(), p.getOffice()), labels.country(p.getCountry()),
						known == null ? 1 : known.meetings() + 1));
			}
		}
		return byKey.values()
			.stream()
			.sorted(Comparator.comparingLong(Counterpart::meetings).reversed().thenComparing(Counterpart::name))
			.toList();
	}
}
