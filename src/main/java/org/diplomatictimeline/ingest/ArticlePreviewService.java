package org.diplomatictimeline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.dispute.DisputeTopic;
import org.diplomatictimeline.dispute.DisputeTopicRepository;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.ingest.ArticlePreview.EncounterPreview;
import org.diplomatictimeline.ingest.ArticlePreview.StatementPreview;
import org.diplomatictimeline.ingest.extract.ArticleExtractor;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;
import org.diplomatictimeline.ingest.extract.Extraction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows what adding a file would do — the checks, the extraction and which stored encounters its
 * encounters would join — without writing anything.
 */
@Service
@Transactional(readOnly = true)
public class ArticlePreviewService {

	private final ArticleInput input;

	private final ArticleExtractor extractor;

	private final ArticleRepository articles;

	private final StoredEncounterMatch match;

	private final DisputeTopicRepository topics;

	ArticlePreviewService(ArticleInput input, ArticleExtractor extractor, ArticleRepository articles,
			StoredEncounterMatch match, DisputeTopicRepository topics) {
		this.input = input;
		this.extractor = extractor;
		this.articles = articles;
		this.match = match;
		this.topics = topics;
	}

	public ArticlePreview preview(String fileName, byte[] content) {
		var existing = articles.findByContentHash(ArticleIngestService.sha256(content));
		if (existing.isPresent()) {
			return ArticlePreview.alreadyPresent(fileName, existing.get().getId());
		}
		ArticleInput.PreparedArticle prepared;
		try {
			prepared = input.prepare(content);
		}
		catch (RejectedInputException e) {
			return ArticlePreview.rejected(fileName, e.getMessage());
		}
		Extraction extraction = extractor.extract(fileName, prepared.text());
		var meta = extraction.metadata();
		List<EncounterPreview> encounterPreviews = extraction.encounters().stream().map(this::encounter).toList();
		List<StatementPreview> statementPreviews = extraction.statements()
			.stream()
			.map(s -> new StatementPreview(s.speaker().name(), s.kind().code(), s.text()))
			.toList();
		return new ArticlePreview(fileName, IngestOutcome.Status.NEW, null, null, prepared.notes(), meta.title(),
				meta.source(), meta.url(), meta.published() == null ? null : meta.published().toString(),
				extraction.referenceDate() == null ? null : extraction.referenceDate().toString(), encounterPreviews,
				statementPreviews, labels(extraction.disputes()));
	}

	private EncounterPreview encounter(ExtractedEncounter e) {
		Optional<Encounter> joins = match.find(e);
		String place = e.city() == null ? e.country() : e.country() == null ? e.city() : e.city() + ", " + e.country();
		return new EncounterPreview(e.date() == null ? null : e.date().iso(), place, e.kind().code(), e.level().code(),
				e.status().code(), e.role().code(), e.participants().stream().map(ExtractedParticipant::name).toList(),
				labels(e.disputes()), joins.map(Encounter::getId).orElse(null), joins.map(ArticlePreviewService::label).orElse(null));
	}

	private static String label(Encounter e) {
		List<String> names = new ArrayList<>();
		e.getParticipants().forEach(p -> names.add(p.getPerson().getName()));
		String date = e.getDate() == null ? "—" : e.getDate().iso();
		return date + " · " + String.join(", ", names) + (e.getCity() == null ? "" : " · " + e.getCity());
	}

	private List<String> labels(List<String> slugs) {
		return slugs.stream().map(slug -> topics.findById(slug).map(DisputeTopic::getLabel).orElse(slug)).toList();
	}
}
