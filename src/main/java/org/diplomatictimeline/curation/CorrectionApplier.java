package org.diplomatictimeline.curation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.Formality;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.encounter.CurationState;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.ingest.EncounterMerger;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.EncounterSource;
import org.diplomatictimeline.encounter.Evidence;
import org.diplomatictimeline.encounter.Participation;
import org.diplomatictimeline.ingest.EditorDecisions;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;
import org.diplomatictimeline.ingest.extract.TextSpan;
import org.diplomatictimeline.person.Person;
import org.diplomatictimeline.person.PersonRepository;
import org.diplomatictimeline.statement.Statement;
import org.diplomatictimeline.statement.StatementRepository;
import org.springframework.stereotype.Component;

/**
 * Applies the corrections in force over what the extractor stored, each time an article's extraction
 * is stored (ingest, re-extraction of one article or of all): the one place where corrections become
 * the encounters, statements and articles readers see. Applying is idempotent, so a correction the
 * extractor now agrees with changes nothing and stays on record.
 */
@Component
class CorrectionApplier implements EditorDecisions {

	private final CorrectionRepository corrections;

	private final AccountResolver resolver;

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final PersonRepository persons;

	private final ArticleRepository articles;

	private final EncounterMerger merger = new EncounterMerger();

	CorrectionApplier(CorrectionRepository corrections, AccountResolver resolver, EncounterRepository encounters,
			StatementRepository statements, PersonRepository persons, ArticleRepository articles) {
		this.corrections = corrections;
		this.resolver = resolver;
		this.encounters = encounters;
		this.statements = statements;
		this.persons = persons;
		this.articles = articles;
	}

	@Override
	public Optional<Encounter> pinned(Long articleId, String accountKey) {
		for (Correction c : corrections.findActiveTouching(List.of(articleId))) {
			for (int side : sidesHolding(c, articleId, accountKey)) {
				List<CorrectionAccount> together = c.getAction() == CorrectionAction.MERGE ? c.getAccounts() : c.side(side);
				List<CorrectionAccount> others = together.stream()
					.filter(a -> !AccountResolver.same(a, articleId, accountKey))
					.toList();
				Optional<Encounter> found = resolver.encounterOf(others)
					.filter(e -> mayJoin(articleId, accountKey, e));
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public boolean mayJoin(Long articleId, String accountKey, Encounter candidate) {
		for (Correction c : corrections.findActiveTouching(List.of(articleId))) {
			if (c.getAction() != CorrectionAction.SPLIT) {
				continue;
			}
			for (int side : sidesHolding(c, articleId, accountKey)) {
				if (c.side(1 - side).stream().anyMatch(a -> AccountResolver.holds(candidate, a))) {
					return false;
				}
			}
		}
		return true;
	}

	private static List<Integer> sidesHolding(Correction c, long articleId, String accountKey) {
		return c.getAccounts()
			.stream()
			.filter(a -> AccountResolver.same(a, articleId, accountKey))
			.map(CorrectionAccount::side)
			.distinct()
			.toList();
	}

	@Override
	public void stored(Article article) {
		List<Encounter> touched = encounters.findBySourceArticle(article.getId());
		Set<Long> articleIds = new LinkedHashSet<>();
		articleIds.add(article.getId());
		touched.forEach(e -> e.getSources().forEach(s -> articleIds.add(s.getArticle().getId())));
		List<Correction> relevant = corrections.findActiveTouching(articleIds);
		if (relevant.isEmpty()) {
			return;
		}
		touched.forEach(e -> e.setCuration(CurationState.EXTRACTED));
		relevant.forEach(this::apply);
	}

	/**
	 * Applies one correction to what is stored now.
	 *
	 * @return the encounter it applies to, if it found one (empty for statement and article corrections,
	 * a rejection, or a target that no longer exists)
	 */
	Optional<Encounter> apply(Correction c) {
		return switch (c.getAction()) {
			case FIELD -> target(c).map(e -> {
				EncounterFields.write(e, c.getField(), c.getNewValue(), persons);
				e.setCuration(CurationState.CORRECTED);
				return e;
			});
			case CONFIRM -> target(c).map(e -> {
				if (e.getCuration() != CurationState.CORRECTED) {
					e.setCuration(CurationState.CONFIRMED);
				}
				return e;
			});
			case REJECT -> {
				target(c).ifPresent(this::remove);
				yield Optional.empty();
			}
			case MERGE -> merge(c);
			case SPLIT -> {
				resolver.encounterOf(c.side(CorrectionAccount.OTHER)).ifPresent(e -> e.setCuration(CurationState.CORRECTED));
				yield target(c).map(e -> {
					e.setCuration(CurationState.CORRECTED);
					return e;
				});
			}
			case ADD -> add(c);
			case SPEAKER, DETACH -> {
				statement(c).ifPresent(s -> {
					if (c.getAction() == CorrectionAction.DETACH) {
						s.setEncounter(null);
					}
					else {
						persons.findByKey(c.getNewValue()).ifPresent(s::setSpeaker);
					}
				});
				yield Optional.empty();
			}
			case ARTICLE -> {
				articles.findById(c.getArticleId()).ifPresent(a -> ArticleFields.write(a, c.getField(), c.getNewValue()));
				yield Optional.empty();
			}
		};
	}

	/** Whether the correction still finds what it was made on; false means an editor should look at it. */
	boolean applies(Correction c) {
		return switch (c.getAction()) {
			case FIELD, CONFIRM, SPLIT -> target(c).isPresent();
			case REJECT -> articlesExist(c);
			case MERGE -> target(c).isPresent() && resolver.encounterOf(c.side(CorrectionAccount.OTHER)).isPresent();
			case ADD -> articles.findById(c.getArticleId()).isPresent();
			case SPEAKER, DETACH -> statement(c).isPresent();
			case ARTICLE -> articles.findById(c.getArticleId()).isPresent();
		};
	}

	private boolean articlesExist(Correction c) {
		return c.getAccounts().stream().allMatch(a -> articles.findById(a.articleId()).isPresent());
	}

	Optional<Encounter> target(Correction c) {
		return resolver.encounterOf(c.side(CorrectionAccount.TARGET));
	}

	private Optional<Statement> statement(Correction c) {
		if (c.getArticleId() == null || c.getStatementStart() == null) {
			return Optional.empty();
		}
		return statements.findByArticleIdOrderByStartOffset(c.getArticleId())
			.stream()
			.filter(s -> s.getStartOffset() == c.getStatementStart())
			.findFirst();
	}

	/** Removes a rejected encounter from what readers see; its statements stay, unlinked. */
	private void remove(Encounter e) {
		statements.findByEncounterIdOrderById(e.getId()).forEach(s -> s.setEncounter(null));
		encounters.delete(e);
	}

	private Optional<Encounter> merge(Correction c) {
		Optional<Encounter> into = target(c);
		Optional<Encounter> other = resolver.encounterOf(c.side(CorrectionAccount.OTHER));
		if (into.isEmpty()) {
			return Optional.empty();
		}
		Encounter e = into.get();
		if (other.isPresent() && !other.get().equals(e)) {
			Encounter gone = other.get();
			for (EncounterSource s : gone.getSources()) {
				e.addSource(new EncounterSource(s.getArticle(), s.getRole(), new ArrayList<>(s.getEvidence()),
						s.getAccountKey()));
			}
			e.getDisputes().addAll(gone.getDisputes());
			statements.findByEncounterIdOrderById(gone.getId()).forEach(s -> s.setEncounter(e));
			encounters.delete(gone);
		}
		e.setCuration(CurationState.CORRECTED);
		return Optional.of(e);
	}

	/**
	 * Puts an encounter an editor added back after its article was extracted: into the stored encounter
	 * it is (when the extractor now finds it too, nothing is lost), or as a new one.
	 */
	private Optional<Encounter> add(Correction c) {
		Optional<Article> found = articles.findById(c.getArticleId());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Article article = found.get();
		String key = c.addedAccountKey();
		Optional<Encounter> already = resolver.encounterOf(article.getId(), key);
		if (already.isPresent()) {
			already.get().setCuration(CurationState.CORRECTED);
			return already;
		}
		Added added = Added.parse(c.getNewValue());
		List<Person> people = persons.findByKeyIn(added.participants());
		if (people.size() < 2) {
			return Optional.empty();
		}
		List<TextSpan> spans = c.getEvidence().stream().map(s -> new TextSpan(s.start(), s.end())).toList();
		List<ExtractedParticipant> participants = people.stream()
			.sorted(Comparator.comparing(Person::getKey))
			.map(p -> new ExtractedParticipant(p.getKey(), p.getName(), p.getCountry(), null, p.isInReference()))
			.toList();
		ExtractedEncounter told = new ExtractedEncounter(added.date(), added.city(), added.country(), added.occasion(),
				added.kind(), added.level(), added.formality(), added.duration(), added.status(), added.role(),
				participants, List.of(), spans);
		Set<String> keys = new LinkedHashSet<>(added.participants());
		Encounter e = merger
			.findMatch(told, keys,
					encounters.findByParticipant(people.get(0).getId())
						.stream()
						.filter(candidate -> mayJoin(article.getId(), key, candidate))
						.toList())
			.orElse(null);
		boolean hadMain;
		if (e == null) {
			e = new Encounter(added.kind(), added.level(), added.status());
			for (Person p : people) {
				e.addParticipant(new Participation(p, null, p.getCountry()));
			}
			hadMain = false;
		}
		else {
			hadMain = e.getSources().stream().anyMatch(s -> s.getRole() == SourceRole.MAIN);
		}
		merger.absorb(e, told, hadMain);
		String body = article.getBody();
		List<Evidence> evidence = c.getEvidence()
			.stream()
			.filter(s -> s.start() >= 0 && s.end() <= body.length() && s.start() < s.end())
			.map(s -> new Evidence(s.start(), s.end(), body.substring(s.start(), s.end())))
			.toList();
		e.addSource(new EncounterSource(article, added.role(), evidence, key));
		e.setCuration(CurationState.CORRECTED);
		return Optional.of(encounters.save(e));
	}

	/** The facts of an added encounter, stored in its correction as "field=value" lines. */
	record Added(FuzzyDate date, String city, String country, String occasion, EncounterKind kind,
			EncounterLevel level, Formality formality, Integer duration, EncounterStatus status, SourceRole role,
			List<String> participants) {

		static String format(Map<String, String> values) {
			StringBuilder sb = new StringBuilder();
			values.forEach((k, v) -> sb.append(k).append('=').append(v.replace("\\", "\\\\").replace("\n", " ")).append('\n'));
			return sb.toString();
		}

		static Map<String, String> values(String text) {
			Properties p = new Properties();
			try {
				p.load(new StringReader(text == null ? "" : text));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Map<String, String> values = new LinkedHashMap<>();
			p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
			return values;
		}

		static Added parse(String text) {
			Map<String, String> v = values(text);
			String date = v.getOrDefault("date", "");
			String duration = v.getOrDefault("duration", "");
			String formality = v.getOrDefault("formality", "");
			return new Added(date.isBlank() ? null : FuzzyDate.parse(date), blank(v.get("city")),
					blank(v.get("country")), blank(v.get("occasion")),
					EncounterKind.fromCode(v.getOrDefault("kind", "talks")),
					EncounterLevel.fromCode(v.getOrDefault("level", "other")),
					formality.isBlank() ? null : Formality.fromCode(formality),
					duration.isBlank() ? null : Integer.valueOf(duration),
					EncounterStatus.fromCode(v.getOrDefault("status", "held")),
					SourceRole.fromCode(v.getOrDefault("role", "main")),
					List.copyOf(EncounterFields.keys(v.getOrDefault("participants", ""))));
		}

		private static String blank(String s) {
			return s == null || s.isBlank() ? null : s;
		}
	}
}
