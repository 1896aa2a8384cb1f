package org.diplomatictimeline.timeline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.EncounterSource;
import org.diplomatictimeline.encounter.Evidence;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.statement.Statement;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.timeline.TimelineDocument.ArticleJson;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.diplomatictimeline.timeline.TimelineDocument.ParticipantJson;
import org.diplomatictimeline.timeline.TimelineDocument.SourceJson;
import org.diplomatictimeline.timeline.TimelineDocument.StatementJson;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the machine-readable timeline from what is stored. */
@Service
@Transactional(readOnly = true)
public class TimelineDocumentService {

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final ArticleRepository articles;

	private final EncounterSelection selection;

	TimelineDocumentService(EncounterRepository encounters, StatementRepository statements,
			ArticleRepository articles, EncounterSelection selection) {
		this.encounters = encounters;
		this.statements = statements;
		this.articles = articles;
		this.selection = selection;
	}

	public TimelineDocument document() {
		return new TimelineDocument(encounters(), statements(), articles());
	}

	public List<EncounterJson> encounters() {
		return encounters.findTimeline().stream().map(TimelineDocumentService::toJson).toList();
	}

	/**
	 * The encounters raw filter parameters select, oldest first, in the shape of {@link #encounters()}.
	 *
	 * @throws BadFilterException when a value cannot be used (unknown topic, absurd year, ...)
	 */
	public List<EncounterJson> encounters(TimelineParams params) {
		return encounters(filter(params));
	}

	/** The encounters a filter selects, in its order, in the shape of {@link #encounters()}. */
	public List<EncounterJson> encounters(TimelineFilter filter) {
		var criteria = selection.criteria(filter);
		return selection.page(criteria, 0, Integer.MAX_VALUE).stream().map(TimelineDocumentService::toJson).toList();
	}

	/**
	 * One page of the encounters raw filter parameters select.
	 *
	 * @throws BadFilterException when a value cannot be used
	 */
	public EncounterPage encounters(TimelineParams params, int page, int size) {
		return encounters(filter(params), page, size);
	}

	/** The filter of raw parameters; without an {@code order}, oldest first (the API's order). */
	private TimelineFilter filter(TimelineParams params) {
		var parsed = selection.parse(params);
		if (!parsed.notices().isEmpty()) {
			throw new BadFilterException(parsed.notices());
		}
		return params.order() == null ? parsed.filter().ordered(TimelineOrder.OLDEST) : parsed.filter();
	}

	/**
	 * One page of the encounters a filter selects, oldest first: a count, a query for the page and one
	 * for all of its sources with their evidence.
	 *
	 * @param page from 1
	 */
	public EncounterPage encounters(TimelineFilter filter, int page, int size) {
		var criteria = selection.criteria(filter);
		long total = selection.count(criteria);
		List<Encounter> rows = selection.page(criteria, (page - 1) * size, size);
		List<Long> ids = rows.stream().map(Encounter::getId).toList();
		Map<Long, List<EncounterSource>> sources = ids.isEmpty() ? Map.of()
				: encounters.findSourcesOf(ids).stream().collect(Collectors.groupingBy(s -> s.getEncounter().getId()));
		return new EncounterPage(rows.stream().map(e -> toJson(e, sources.getOrDefault(e.getId(), List.of()))).toList(),
				total, page, size);
	}

	/**
	 * A page of encounters.
	 *
	 * @param total encounters selected on all pages
	 * @param page this page, from 1
	 */
	public record EncounterPage(List<EncounterJson> items, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	/**
	 * A page of any list of the API.
	 *
	 * @param total items on all pages
	 * @param page this page, from 1
	 */
	public record ApiPage<T>(List<T> items, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	/** One page of the statements, oldest first (undated last). @param page from 1 */
	public ApiPage<StatementJson> statements(int page, int size) {
		var rows = statements.findPageInOrder(PageRequest.of(page - 1, size));
		return new ApiPage<>(rows.map(TimelineDocumentService::toJson).getContent(), rows.getTotalElements(), page,
				size);
	}

	/** One page of the articles, by file name. @param page from 1 */
	public ApiPage<ArticleJson> articles(int page, int size) {
		var rows = articles.findAllByOrderByFileName(PageRequest.of(page - 1, size));
		return new ApiPage<>(rows.map(TimelineDocumentService::toJson).getContent(), rows.getTotalElements(), page,
				size);
	}

	/**
	 * The encounters after an id, by id, at most {@code limit}: one chunk of a bulk export, read in three
	 * queries (ids, encounters with participants, sources with evidence).
	 */
	public List<EncounterJson> encountersAfter(long after, int limit) {
		List<Long> ids = encounters.findIdsAfter(after, Limit.of(limit));
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<EncounterSource>> sources = encounters.findSourcesOf(ids)
			.stream()
			.collect(Collectors.groupingBy(s -> s.getEncounter().getId()));
		return encounters.findAllWithParticipants(ids)
			.stream()
			.sorted(Comparator.comparing(Encounter::getId))
			.map(e -> toJson(e, sources.getOrDefault(e.getId(), List.of())))
			.toList();
	}

	/** The statements after an id, by id, at most {@code limit}: one chunk of a bulk export. */
	public List<StatementJson> statementsAfter(long after, int limit) {
		return statements.findByIdGreaterThanOrderById(after, Limit.of(limit))
			.stream()
			.map(TimelineDocumentService::toJson)
			.toList();
	}

	/** The articles after an id, by id, at most {@code limit}: one chunk of a bulk export. */
	public List<ArticleJson> articlesAfter(long after, int limit) {
		return articles.findByIdGreaterThanOrderById(after, Limit.of(limit))
			.stream()
			.map(TimelineDocumentService::toJson)
			.toList();
	}

	public List<StatementJson> statements() {
		return statements.findAllInOrder().stream().map(TimelineDocumentService::toJson).toList();
	}

	public List<ArticleJson> articles() {
		return articles.findAllByOrderByFileName().stream().map(TimelineDocumentService::toJson).toList();
	}

	static EncounterJson toJson(Encounter e) {
		return toJson(e, e.getSources());
	}

	static EncounterJson toJson(Encounter e, Collection<EncounterSource> encounterSources) {
		FuzzyDate date = e.getDate();
		List<ParticipantJson> participants = e.getParticipants()
			.stream()
			.map(p -> new ParticipantJson(p.getPerson().getName(), p.getCountry(), p.getOffice()))
			.toList();
		List<SourceJson> sources = encounterSources.stream()
			.sorted(Comparator.comparing((EncounterSource s) -> s.getRole()).thenComparing(s -> s.getArticle().getFileName()))
			.map(s -> new SourceJson(s.getArticle().getFileName(), s.getArticle().getId(), s.getRole().code(),
					s.getEvidence().stream().map(Evidence::text).toList()))
			.toList();
		return new EncounterJson(e.getId(), date == null ? null : date.iso(),
				date == null ? null : date.precision().code(), e.getCity(), e.getCountry(), e.getOccasion(),
				e.getKind().code(), e.getLevel().code(), e.getFormality() == null ? null : e.getFormality().code(),
				e.getDurationMinutes(), e.getStatus().code(), participants, e.getDisputes().stream().sorted().toList(),
				sources, e.getCuration().code());
	}

	static StatementJson toJson(Statement s) {
		FuzzyDate date = s.getDate();
		return new StatementJson(s.getId(), s.getSpeaker().getName(), s.getText(), s.getKind().code(), s.getVia(),
				date == null ? null : date.iso(), s.getArticle().getFileName(), s.getArticle().getId(),
				s.getEncounter() == null ? null : s.getEncounter().getId());
	}

	static ArticleJson toJson(Article a) {
		LocalDate published = a.getPublished();
		return new ArticleJson(a.getId(), a.getFileName(), a.getTitle(), a.getSource(), a.getUrl(),
				published == null ? null : published.toString(), a.getDisputes().stream().sorted().toList());
	}
}
