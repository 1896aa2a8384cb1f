package org.diplomatictimeline.encounter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.diplomatictimeline.encounter.SourceView.EvidenceView;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one encounter with its statements and sources for the encounter page. */
@Service
@Transactional(readOnly = true)
public class EncounterPageService {

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final EncounterCards cards;

	EncounterPageService(EncounterRepository encounters, StatementRepository statements, EncounterCards cards) {
		this.encounters = encounters;
		this.statements = statements;
		this.cards = cards;
	}

	/** @throws NotFoundException when there is no such encounter */
	public EncounterDetail detail(long id) {
		Encounter e = encounters.findDetailed(id).orElseThrow(() -> new NotFoundException("encounter", id));
		List<StatementView> said = statements.findByEncounterIdOrderById(id).stream().map(StatementView::of).toList();
		List<SourceView> sources = e.getSources()
			.stream()
			.sorted(Comparator.comparing(EncounterSource::getRole).thenComparing(s -> s.getArticle().getId()))
			.map(EncounterPageService::source)
			.toList();
		List<Long> order = encounters.findIdsInTimelineOrder();
		int at = order.indexOf(id);
		Long earlier = at > 0 ? order.get(at - 1) : null;
		Long later = at >= 0 && at < order.size() - 1 ? order.get(at + 1) : null;
		return new EncounterDetail(cards.card(e, said.size()), said, sources, earlier, later);
	}

	private static SourceView source(EncounterSource s) {
		List<EvidenceView> evidence = new ArrayList<>();
		for (int i = 0; i < s.getEvidence().size(); i++) {
			evidence.add(new EvidenceView(SourceView.anchorOf(s.getId(), i), s.getEvidence().get(i).text()));
		}
		var article = s.getArticle();
		return new SourceView(article.getId(), article.getDisplayTitle(), article.getSource(),
				DateView.of(article.getPublished()), s.getRole().code(), evidence);
	}
}
