package org.diplomatictimeline.encounter;

import java.util.ArrayList;
import java.util.List;

import org.diplomatictimeline.encounter.SourceView.EvidenceView;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one encounter with its statements and a page of its sources for the encounter page; the
 * neighbours on the timeline come from the index, not from a list of every id.
 */
@Service
@Transactional(readOnly = true)
public class EncounterPageService {

	/** Sources per page: a summit told by dozens of articles stays a page of a readable length. */
	public static final int SOURCES_PER_PAGE = 20;

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
		return detail(id, 1);
	}

	/**
	 * @param sourcePage the page of sources, from 1; past the last gives the last
	 * @throws NotFoundException when there is no such encounter
	 */
	public EncounterDetail detail(long id, int sourcePage) {
		Encounter e = encounters.findDetailed(id).orElseThrow(() -> new NotFoundException("encounter", id));
		List<StatementView> said = statements.findByEncounterIdOrderById(id).stream().map(StatementView::of).toList();
		long sourceCount = encounters.countSources(id);
		int pages = (int) Math.max(1, (sourceCount + SOURCES_PER_PAGE - 1) / SOURCES_PER_PAGE);
		int page = Math.min(Math.max(sourcePage, 1), pages);
		List<SourceView> sources = encounters.findSources(id, PageRequest.of(page - 1, SOURCES_PER_PAGE))
			.stream()
			.map(EncounterPageService::source)
			.toList();
		return new EncounterDetail(cards.card(e, sourceCount, said.size()), said, sources, earlier(e), later(e), page,
				pages);
	}

	/** The encounter before this one in timeline order (oldest first, undated last). */
	private Long earlier(Encounter e) {
		if (e.getDate() == null) {
			return first(encounters.findUndatedBefore(e.getId(), Limit.of(1)), () -> encounters.findLastDated(Limit.of(1)));
		}
		return first(encounters.findDatedBefore(e.getDate().start(), e.getId(), Limit.of(1)), List::of);
	}

	/** The encounter after this one in timeline order. */
	private Long later(Encounter e) {
		if (e.getDate() == null) {
			return first(encounters.findUndatedAfter(e.getId(), Limit.of(1)), List::of);
		}
		return first(encounters.findDatedAfter(e.getDate().start(), e.getId(), Limit.of(1)),
				() -> encounters.findUndatedAfter(0L, Limit.of(1)));
	}

	private static Long first(List<Long> ids, java.util.function.Supplier<List<Long>> otherwise) {
		List<Long> found = ids.isEmpty() ? otherwise.get() : ids;
		return found.isEmpty() ? null : found.get(0);
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
