package org.diplomatictimeline.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

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
		var parsed = selection.parse(params);
		if (!parsed.notices().isEmpty()) {
			throw new BadFilterException(parsed.notices());
		}
		return encounters(parsed.filter());
	}

	/** The encounters a filter selects, oldest first, in the shape of {@link #encounters()}. */
	public List<EncounterJson> encounters(TimelineFilter filter) {
		return selection.select(filter).selected().stream().map(TimelineDocumentService::toJson).toList();
	}

	public List<StatementJson> statements() {
		return statements.findAllInOrder().stream().map(TimelineDocumentService::toJson).toList();
	}

	public List<ArticleJson> articles() {
		return articles.findAllByOrderByFileName().stream().map(TimelineDocumentService::toJson).toList();
	}

	static EncounterJson toJson(Encounter e) {
		FuzzyDate date = e.getDate();
		List<ParticipantJson> participants = e.getParticipants()
			.stream()
			.map(p -> new ParticipantJson(p.getPerson().getName(), p.getCountry(), p.getOffice()))
			.toList();
		List<SourceJson> sources = e.getSources()
			.stream()
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
