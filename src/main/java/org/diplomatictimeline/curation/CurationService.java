package org.diplomatictimeline.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.EncounterSource;
import org.diplomatictimeline.ingest.ReextractService;
import org.diplomatictimeline.person.PersonRepository;
import org.diplomatictimeline.statement.Statement;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.system.AuditLog;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What editors do: each action records a {@link Correction} and brings what is stored in line with it.
 * Field edits, confirmations, rejections, additions and statement fixes are applied at once; merges,
 * splits, restorations and a changed publication date re-extract the articles concerned, so that what
 * the editor sees next is exactly what a later re-extraction of everything gives.
 */
@Service
public class CurationService {

	private final CorrectionRepository corrections;

	private final CorrectionApplier applier;

	private final AccountResolver resolver;

	private final EncounterRepository encounters;

	private final ArticleRepository articles;

	private final StatementRepository statements;

	private final PersonRepository persons;

	private final ReextractService reextract;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AuditLog audit;

	CurationService(CorrectionRepository corrections, CorrectionApplier applier, AccountResolver resolver,
			EncounterRepository encounters, ArticleRepository articles, StatementRepository statements,
			PersonRepository persons, ReextractService reextract, TransactionTemplate transaction, Clock clock,
			AuditLog audit) {
		this.audit = audit;
		this.corrections = corrections;
		this.applier = applier;
		this.resolver = resolver;
		this.encounters = encounters;
		this.articles = articles;
		this.statements = statements;
		this.persons = persons;
		this.reextract = reextract;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Sets the given fields (see {@link EncounterFields#NAMES}); a field whose value does not change
	 * records nothing.
	 *
	 * @return how many fields changed
	 * @throws IllegalArgumentException naming the first unusable field
	 */
	public int correct(long encounterId, Map<String, String> values, String note, String editor) {
		Map<String, String> wanted = new LinkedHashMap<>();
		for (String field : EncounterFields.NAMES) {
			if (values.containsKey(field)) {
				wanted.put(field, EncounterFields.normalise(field, values.get(field)));
			}
		}
		if (wanted.containsKey("participants")) {
			Set<String> keys = EncounterFields.keys(wanted.get("participants"));
			if (persons.findByKeyIn(keys).size() != keys.size()) {
				throw new IllegalArgumentException("participants");
			}
		}
		return transaction.execute(status -> {
			Encounter e = encounter(encounterId);
			int changed = 0;
			for (var entry : wanted.entrySet()) {
				String old = EncounterFields.read(e, entry.getKey());
				if (old.equals(entry.getValue())) {
					continue;
				}
				Correction c = record(CorrectionAction.FIELD, e, note, editor).field(entry.getKey(), old,
						entry.getValue());
				applier.apply(saved(c));
				changed++;
			}
			return changed;
		});
	}

	/** An editor checked the encounter and found it right. */
	public void confirm(long encounterId, String editor) {
		transaction.executeWithoutResult(status -> {
			Encounter e = encounter(encounterId);
			applier.apply(saved(record(CorrectionAction.CONFIRM, e, null, editor)));
		});
	}

	/** Removes a false encounter from what readers see; returns the correction, which can restore it. */
	public long reject(long encounterId, String note, String editor) {
		return transaction.execute(status -> {
			Encounter e = encounter(encounterId);
			Correction c = saved(record(CorrectionAction.REJECT, e, note, editor));
			applier.apply(c);
			return c.getId();
		});
	}

	/**
	 * Withdraws a rejection and re-extracts the articles that told the encounter.
	 *
	 * @return the encounter's id now, if it is found again
	 */
	public Optional<Long> restore(long correctionId, String editor) {
		Correction c = transaction.execute(status -> {
			Correction found = corrections.findById(correctionId)
				.filter(r -> r.getAction() == CorrectionAction.REJECT && r.isActive())
				.orElseThrow(() -> new NotFoundException("rejection", correctionId));
			found.withdraw(editor, Instant.now(clock));
			audit.record(editor, "correction.restore", found.getLabel(), null);
			// read the accounts while the session is open: they are fetched lazily
			found.getAccounts().size();
			return corrections.save(found);
		});
		reextractArticles(c.getAccounts().stream().map(CorrectionAccount::articleId).collect(Collectors.toSet()));
		return currentTarget(c);
	}

	/**
	 * The two encounters are one: the second's sources join the first.
	 *
	 * @return the merged encounter's id
	 */
	public long merge(long encounterId, long otherId, String note, String editor) {
		if (encounterId == otherId) {
			throw new IllegalArgumentException("merge");
		}
		Set<Long> affected = new LinkedHashSet<>();
		Correction c = transaction.execute(status -> {
			Encounter e = encounter(encounterId);
			Encounter other = encounters.findDetailed(otherId).orElseThrow(() -> new IllegalArgumentException("merge"));
			Correction merge = record(CorrectionAction.MERGE, e, note, editor).field("encounter", label(other),
					label(e));
			merge.getAccounts().addAll(AccountResolver.accountsOf(other, CorrectionAccount.OTHER));
			affected.addAll(articleIds(e));
			affected.addAll(articleIds(other));
			return saved(merge);
		});
		reextractArticles(affected);
		return currentTarget(c).orElse(encounterId);
	}

	/**
	 * One source's account is a different encounter: it leaves, and becomes an encounter of its own (or
	 * joins the one it belongs to).
	 *
	 * @return the id of the encounter the remaining sources form
	 */
	public long split(long encounterId, long sourceId, String note, String editor) {
		Set<Long> affected = new LinkedHashSet<>();
		Correction c = transaction.execute(status -> {
			Encounter e = encounter(encounterId);
			EncounterSource leaving = e.getSources()
				.stream()
				.filter(s -> s.getId() == sourceId)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("split"));
			CorrectionAccount away = new CorrectionAccount(CorrectionAccount.TARGET, leaving.getArticle().getId(),
					leaving.getAccountKey());
			List<CorrectionAccount> staying = AccountResolver.accountsOf(e, CorrectionAccount.OTHER)
				.stream()
				.filter(a -> !(a.articleId() == away.articleId() && a.accountKey().equals(away.accountKey())))
				.toList();
			if (staying.isEmpty()) {
				throw new IllegalArgumentException("split");
			}
			Correction split = new Correction(CorrectionAction.SPLIT, editor, Instant.now(clock)).note(note)
				.label(label(e))
				.field("source", leaving.getArticle().getDisplayTitle(), null);
			split.getAccounts().add(away);
			split.getAccounts().addAll(staying);
			// the decisions made on the encounter stay with the accounts that remain in it
			for (Correction earlier : corrections.findActiveTouching(List.of(away.articleId()))) {
				List<CorrectionAccount> kept = earlier.getAccounts()
					.stream()
					.filter(a -> !AccountResolver.same(a, away.articleId(), away.accountKey()))
					.toList();
				if (kept.size() < earlier.getAccounts().size()
						&& kept.stream().anyMatch(a -> a.side() == CorrectionAccount.TARGET)) {
					earlier.getAccounts().retainAll(kept);
				}
			}
			affected.addAll(articleIds(e));
			return saved(split);
		});
		reextractArticles(affected);
		return transaction.execute(status -> resolver.encounterOf(c.side(CorrectionAccount.OTHER))
			.map(Encounter::getId)
			.orElse(encounterId));
	}

	/**
	 * Adds an encounter the extractor missed, told by an article, with evidence sentences (offsets into
	 * the article's body).
	 *
	 * @param values the facts by field name (see {@link EncounterFields#NAMES}) plus "role" (main or mentioned)
	 * @return the id of the encounter it is now part of
	 */
	public long add(long articleId, Map<String, String> values, List<EvidenceSpan> evidence, String note,
			String editor) {
		Map<String, String> facts = new LinkedHashMap<>();
		for (String field : EncounterFields.NAMES) {
			String v = values.getOrDefault(field, "");
			if (!v.isBlank() || List.of("participants", "kind", "level", "status").contains(field)) {
				facts.put(field, EncounterFields.normalise(field, v));
			}
		}
		String role = values.getOrDefault("role", "main");
		if (!List.of("main", "mentioned").contains(role)) {
			throw new IllegalArgumentException("role");
		}
		facts.put("role", role);
		Set<String> keys = EncounterFields.keys(facts.get("participants"));
		if (persons.findByKeyIn(keys).size() != keys.size()) {
			throw new IllegalArgumentException("participants");
		}
		if (evidence.isEmpty()) {
			throw new IllegalArgumentException("evidence");
		}
		return transaction.execute(status -> {
			Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
			int length = article.getBody().length();
			if (evidence.stream().anyMatch(s -> s.start() < 0 || s.end() > length || s.start() >= s.end())) {
				throw new IllegalArgumentException("evidence");
			}
			Correction c = new Correction(CorrectionAction.ADD, editor, Instant.now(clock)).note(note)
				.article(articleId, null)
				.label(article.getDisplayTitle())
				.field("encounter", null, CorrectionApplier.Added.format(facts));
			c.getEvidence().addAll(evidence);
			c = saved(c);
			c.getAccounts().add(new CorrectionAccount(CorrectionAccount.TARGET, articleId, c.addedAccountKey()));
			return applier.apply(c).orElseThrow(() -> new IllegalArgumentException("participants")).getId();
		});
	}

	/** Sets who said a statement; returns the statement's encounter id, or null. */
	public Long fixSpeaker(long statementId, String personKey, String note, String editor) {
		return statementCorrection(statementId, CorrectionAction.SPEAKER, personKey, note, editor);
	}

	/** Unlinks a statement from the encounter it was linked to; returns that encounter's id, or null. */
	public Long detach(long statementId, String note, String editor) {
		return statementCorrection(statementId, CorrectionAction.DETACH, null, note, editor);
	}

	private Long statementCorrection(long statementId, CorrectionAction action, String personKey, String note,
			String editor) {
		return transaction.execute(status -> {
			Statement s = statements.findById(statementId).orElseThrow(() -> new NotFoundException("statement", statementId));
			Long encounterId = s.getEncounter() == null ? null : s.getEncounter().getId();
			Correction c = new Correction(action, editor, Instant.now(clock)).note(note)
				.article(s.getArticle().getId(), s.getStartOffset())
				.label(abbreviate(s.getText()));
			if (action == CorrectionAction.SPEAKER) {
				String key = personKey == null ? "" : personKey.strip();
				if (persons.findByKey(key).isEmpty()) {
					throw new IllegalArgumentException("speaker");
				}
				if (key.equals(s.getSpeaker().getKey())) {
					return encounterId;
				}
				c.field("speaker", s.getSpeaker().getKey(), key);
			}
			else {
				if (s.getEncounter() == null) {
					return null;
				}
				c.field("encounter", label(s.getEncounter()), null);
			}
			applier.apply(saved(c));
			return encounterId;
		});
	}

	/**
	 * Sets an article's title, outlet, address or publication date; a new date re-extracts the article,
	 * since relative dates in its text ("on Tuesday") are read from it.
	 *
	 * @return how many fields changed
	 */
	public int editArticle(long articleId, Map<String, String> values, String note, String editor) {
		Map<String, String> wanted = new LinkedHashMap<>();
		for (String field : ArticleFields.NAMES) {
			if (values.containsKey(field)) {
				wanted.put(field, ArticleFields.normalise(field, values.get(field)));
			}
		}
		List<String> changedFields = new ArrayList<>();
		transaction.executeWithoutResult(status -> {
			Article a = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
			for (var entry : wanted.entrySet()) {
				String old = ArticleFields.read(a, entry.getKey());
				if (old.equals(entry.getValue())) {
					continue;
				}
				Correction c = new Correction(CorrectionAction.ARTICLE, editor, Instant.now(clock)).note(note)
					.article(articleId, null)
					.label(a.getDisplayTitle())
					.field(entry.getKey(), old, entry.getValue());
				applier.apply(saved(c));
				changedFields.add(entry.getKey());
			}
		});
		if (changedFields.contains("published")) {
			reextract.reextract(articleId);
		}
		return changedFields.size();
	}

	/** Saves a correction and writes it to the audit trail, in the same transaction. */
	private Correction saved(Correction c) {
		Correction stored = corrections.save(c);
		audit.record(stored.getEditor(), "correction." + stored.getAction().code(), stored.getLabel(),
				stored.getField() == null ? null : stored.getField() + ": " + stored.getOldValue() + " -> " + stored.getNewValue());
		return stored;
	}

	private Correction record(CorrectionAction action, Encounter e, String note, String editor) {
		Correction c = new Correction(action, editor, Instant.now(clock)).note(note).label(label(e));
		c.getAccounts().addAll(AccountResolver.accountsOf(e, CorrectionAccount.TARGET));
		return c;
	}

	private Encounter encounter(long id) {
		return encounters.findDetailed(id).orElseThrow(() -> new NotFoundException("encounter", id));
	}

	private Optional<Long> currentTarget(Correction c) {
		return transaction.execute(status -> resolver.encounterOf(c.side(CorrectionAccount.TARGET)).map(Encounter::getId));
	}

	private void reextractArticles(Set<Long> articleIds) {
		articleIds.stream().sorted().filter(id -> transaction.execute(s -> articles.findById(id).isPresent()))
			.forEach(reextract::reextract);
	}

	private static Set<Long> articleIds(Encounter e) {
		return e.getSources().stream().map(s -> s.getArticle().getId()).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** A short description of an encounter as it was, kept with a correction, e.g. "talks 2019-12-15 Madrid: Toshimitsu Motegi, Kang Kyung-wha". */
	static String label(Encounter e) {
		String who = e.getParticipants().stream().map(p -> p.getPerson().getName()).collect(Collectors.joining(", "));
		String date = e.getDate() == null ? "undated" : EncounterFields.dateText(e.getDate());
		return abbreviate(e.getKind().code() + " " + date + (e.getCity() == null ? "" : " " + e.getCity()) + ": " + who);
	}

	private static String abbreviate(String s) {
		String t = Objects.requireNonNullElse(s, "");
		return t.length() > 900 ? t.substring(0, 900) + "…" : t;
	}
}
