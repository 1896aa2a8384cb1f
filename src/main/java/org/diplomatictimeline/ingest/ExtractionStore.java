package org.diplomatictimeline.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.dispute.DisputeTopicRepository;
import org.diplomatictimeline.encounter.AccountKey;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.EncounterSource;
import org.diplomatictimeline.encounter.Evidence;
import org.diplomatictimeline.encounter.Participation;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;
import org.diplomatictimeline.ingest.extract.ExtractedStatement;
import org.diplomatictimeline.ingest.extract.Extraction;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.ingest.extract.TextSpan;
import org.diplomatictimeline.person.Person;
import org.diplomatictimeline.person.PersonRepository;
import org.diplomatictimeline.statement.Statement;
import org.diplomatictimeline.statement.StatementRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one article's extraction: the article, its people, its encounters (joining known ones
 * when they are the same) and its statements, all in one transaction.
 */
@Component
class ExtractionStore {

	private final ArticleRepository articles;

	private final PersonRepository persons;

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final DisputeTopicRepository topics;

	private final StoredEncounterMatch match;

	private final Clock clock;

	ExtractionStore(ArticleRepository articles, PersonRepository persons, EncounterRepository encounters,
			StatementRepository statements, DisputeTopicRepository topics, StoredEncounterMatch match, Clock clock) {
		this.articles = articles;
		this.persons = persons;
		this.encounters = encounters;
		this.match = match;
		this.statements = statements;
		this.topics = topics;
		this.clock = clock;
	}

	@Transactional
	public IngestOutcome store(String fileName, String contentHash, Extraction extraction) {
		Article article = new Article(fileName, extraction.body(), contentHash, Instant.now(clock));
		describe(article, extraction);
		article = articles.save(article);
		storeDerived(article, extraction);
		return new IngestOutcome(fileName, IngestOutcome.Status.NEW, article.getId(), null,
				extraction.encounters().size(), extraction.statements().size());
	}

	/** Sets what the extraction says about the article itself: metadata and dispute topics. */
	void describe(Article article, Extraction extraction) {
		var meta = extraction.metadata();
		article.describe(meta.title(), meta.source(), meta.url(), meta.published(), extraction.referenceDate());
		article.getDisputes().clear();
		Set<String> known = knownTopics();
		extraction.disputes().stream().filter(known::contains).forEach(article.getDisputes()::add);
	}

	/** Stores encounters and statements of an already saved article. */
	void storeDerived(Article article, Extraction extraction) {
		Map<String, Person> people = new HashMap<>();
		// two articles about the same people, stored at the same moment (two editors, two instances),
		// decide one after the other whether their encounters are one: the second then sees the first's
		List<Long> involved = extraction.encounters()
			.stream()
			.flatMap(e -> e.participants().stream())
			.map(p -> person(p, people).getId())
			.distinct()
			.toList();
		if (!involved.isEmpty()) {
			persons.lockAll(involved);
		}
		Set<String> known = extraction.encounters().isEmpty() ? Set.of() : knownTopics();
		List<Encounter> stored = new ArrayList<>();
		for (ExtractedEncounter extracted : extraction.encounters()) {
			stored.add(storeEncounter(article, extracted, people, known));
		}
		for (ExtractedStatement said : extraction.statements()) {
			Person speaker = person(said.speaker(), people);
			TextSpan span = said.evidence();
			Statement statement = new Statement(speaker, article, said.text(), said.kind(), said.via(), said.date(),
					span.start(), span.end());
			if (said.encounterIndex() != null && said.encounterIndex() >= 0
					&& said.encounterIndex() < stored.size()) {
				statement.setEncounter(stored.get(said.encounterIndex()));
			}
			statements.save(statement);
		}
		match.decisions().stored(article);
	}

	private Encounter storeEncounter(Article article, ExtractedEncounter extracted, Map<String, Person> people,
			Set<String> knownTopics) {
		List<Person> participants = extracted.participants().stream().map(p -> person(p, people)).toList();
		Encounter encounter = match.find(extracted, article.getId()).orElse(null);
		boolean hadMain;
		if (encounter == null) {
			encounter = new Encounter(extracted.kind(), extracted.level(), extracted.status());
			for (int i = 0; i < participants.size(); i++) {
				ExtractedParticipant p = extracted.participants().get(i);
				encounter.addParticipant(new Participation(participants.get(i), p.office(), p.country()));
			}
			hadMain = false;
		}
		else {
			hadMain = encounter.getSources().stream().anyMatch(s -> s.getRole() == SourceRole.MAIN);
		}
		match.absorb(encounter, extracted, hadMain);
		encounter.getDisputes().retainAll(knownTopics);
		List<Evidence> evidence = extracted.evidence()
			.stream()
			.map(span -> new Evidence(span.start(), span.end(), span.of(article.getBody())))
			.toList();
		encounter.addSource(new EncounterSource(article, extracted.role(), evidence, EncounterMerger.accountKey(extracted)));
		return encounters.save(encounter);
	}

	private Person person(ExtractedParticipant p, Map<String, Person> people) {
		return people.computeIfAbsent(p.personId(), key -> persons.findByKey(key)
			.orElseGet(() -> persons.save(new Person(key, p.name(), p.country(), p.inReference()))));
	}

	/** Slugs of the dispute topics in the database, read once per article. */
	private Set<String> knownTopics() {
		Set<String> known = new HashSet<>();
		topics.findAllByOrderByLabel().forEach(t -> known.add(t.getSlug()));
		return known;
	}
}
