package org.diplomatictimeline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diplomatictimeline.dispute.DisputeTopic;
import org.diplomatictimeline.dispute.DisputeTopicRepository;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.ingest.ArticlePreview.EncounterPreview;
import org.diplomatictimeline.ingest.ArticlePreview.StatementPreview;
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

	private final ArticleReader reader;

	private final StoredEncounterMatch match;

	private final DisputeTopicRepository topics;

	ArticlePreviewService(ArticleReader reader, StoredEncounterMatch match, DisputeTopicRepository topics) {
		this.reader = reader;
		this.match = match;
		this.topics = topics;
	}

	public ArticlePreview preview(String fileName, byte[] content) {
		ArticleReader.Reading reading = reader.read(fileName, content);
		if (reading instanceof ArticleReader.Reading.Stored stored) {
			return ArticlePreview.alreadyPresent(fileName, stored.articleId());
		}
		if (reading instanceof ArticleReader.Reading.Rejected rejected) {
			return ArticlePreview.rejected(fileName, rejected.reason());
		}
		ArticleReader.Reading.Read read = (ArticleReader.Reading.Read) reading;
		Extraction extraction = read.extraction();
		var meta = extraction.metadata();
		List<EncounterPreview> encounterPreviews = extraction.encounters().stream().map(this::encounter).toList();
		List<StatementPreview> statementPreviews = extraction.statements()
			.stream()
			.map(s -> new StatementPreview(s.speaker().name(), s.kind().code(), s.text()))
			.toList();
		return new ArticlePreview(fileName, IngestOutcome.Status.NEW, null, null, read.notes(), meta.title(),
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
