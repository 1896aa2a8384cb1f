package org.diplomatictimeline.person;

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
import org.diplomatictimeline.system.Pages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads people with their offices, encounters, statements and counterparts. */
@Service
@Transactional(readOnly = true)
public class PersonPageService {

	/** Encounters per page of a person. */
	static final int ENCOUNTERS_PER_PAGE = 20;

	/** Statements listed on a person's page, with the total. */
	static final int STATEMENTS_LISTED = 20;

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
		persons.countEncountersPerPerson().forEach(r -> met.put((String) r[0], ((Number) r[1]).longValue()));
		Map<String, Set<String>> offices = new HashMap<>();
		persons.officesSeen()
			.stream()
			.sorted(Comparator.comparing(OfficeSeen::first, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(o -> {
				String office = labels.office(o.country(), o.office());
				if (office != null) {
					offices.computeIfAbsent(o.key(), k -> new LinkedHashSet<>()).add(office);
				}
			});
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
		return detail(key, 1);
	}

	/**
	 * One person with a page of their encounters, their first statements (with the total) and everyone
	 * they met.
	 *
	 * @param page the page of encounters, from 1
	 * @throws NotFoundException for an unknown key
	 */
	public PersonDetail detail(String key, int page) {
		Person person = persons.findByKey(key).orElseThrow(() -> new NotFoundException("person", key));
		Page<Long> ids = encounters.findIdsByParticipant(person.getId(),
				PageRequest.of(Math.max(page, 1) - 1, ENCOUNTERS_PER_PAGE));
		if (ids.getContent().isEmpty() && ids.getTotalElements() > 0) {
			ids = encounters.findIdsByParticipant(person.getId(),
					PageRequest.of(ids.getTotalPages() - 1, ENCOUNTERS_PER_PAGE));
		}
		Pages pages = new Pages(ids.getNumber() + 1, Math.max(1, ids.getTotalPages()), "/people/" + key,
				"#person-encounters");
		List<Long> onPage = ids.getContent();
		List<Encounter> theirs = onPage.isEmpty() ? List.of() : inOrder(onPage, encounters.findAllWithParticipants(onPage));
		Map<Long, Long> statementCounts = IdCount
			.toMap(onPage.isEmpty() ? List.of() : statements.countPerEncounter(onPage));
		Map<Long, Long> sourceCounts = IdCount
			.toMap(onPage.isEmpty() ? List.of() : encounters.countSourcesPerEncounter(onPage));
		Page<Statement> said = statements.findBySpeaker(person.getId(), PageRequest.of(0, STATEMENTS_LISTED));
		List<OfficialRef> terms = reference.terms(key);
		List<OfficeTerm> offices = terms.isEmpty() ? officesSeen(persons.officesSeen(person.getId()))
				: terms.stream()
					.sorted(Comparator.comparing(OfficialRef::termStart))
					.map(t -> new OfficeTerm(labels.office(t.country(), t.office()), DateView.of(t.termStart()),
							DateView.of(t.termEnd())))
					.toList();
		return new PersonDetail(person.getKey(), person.getName(), labels.country(person.getCountry()), offices,
				!terms.isEmpty(), cards.cards(theirs, sourceCounts, statementCounts),
				said.stream().map(StatementView::of).toList(),
				counterparts(persons.counterparts(person.getId(), EncounterStatus.HELD)), pages,
				said.getTotalElements());
	}

	private static List<Encounter> inOrder(List<Long> ids, List<Encounter> loaded) {
		Map<Long, Encounter> byId = new HashMap<>();
		loaded.forEach(e -> byId.put(e.getId(), e));
		return ids.stream().map(byId::get).toList();
	}

	/** Without reference terms: each office held in an encounter, from the first to the last one seen. */
	private List<OfficeTerm> officesSeen(List<OfficeSeen> rows) {
		Map<String, FuzzyDate[]> seen = new LinkedHashMap<>();
		rows.stream()
			.sorted(Comparator.comparing(OfficeSeen::first, Comparator.nullsLast(Comparator.naturalOrder())))
			.filter(o -> o.office() != null)
			.forEach(o -> {
				FuzzyDate[] span = seen.computeIfAbsent(labels.office(o.country(), o.office()), k -> new FuzzyDate[2]);
				if (o.first() != null) {
					FuzzyDate first = new FuzzyDate(o.first(), o.precision());
					FuzzyDate last = new FuzzyDate(o.last(), o.precision());
					span[0] = span[0] == null || first.compareTo(span[0]) < 0 ? first : span[0];
					span[1] = span[1] == null || last.compareTo(span[1]) > 0 ? last : span[1];
				}
			});
		List<OfficeTerm> offices = new ArrayList<>();
		seen.forEach((office, span) -> offices.add(new OfficeTerm(office, DateView.of(span[0]), DateView.of(span[1]))));
		return offices;
	}

	/** Everyone met at held encounters, most often first; the office is the one held at the latest meeting. */
	private List<Counterpart> counterparts(List<OfficeSeen> rows) {
		Map<String, OfficeSeen> latest = new LinkedHashMap<>();
		Map<String, Long> meetings = new HashMap<>();
		for (OfficeSeen o : rows) {
			meetings.merge(o.key(), o.encounters(), Long::sum);
			OfficeSeen known = latest.get(o.key());
			if (known == null || (o.last() != null && (known.last() == null || o.last().isAfter(known.last())))) {
				latest.put(o.key(), o);
			}
		}
		return latest.values()
			.stream()
			.map(o -> new Counterpart(o.key(), o.name(), labels.office(o.country(), o.office()),
					labels.country(o.country()), meetings.get(o.key())))
			.sorted(Comparator.comparingLong(Counterpart::meetings).reversed().thenComparing(Counterpart::name))
			.toList();
	}
}
