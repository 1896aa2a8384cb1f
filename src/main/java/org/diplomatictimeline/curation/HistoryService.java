package org.diplomatictimeline.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.EncounterSource;
import org.diplomatictimeline.statement.Statement;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An encounter's history: when each article told it, and every correction made on its accounts. */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	private final EncounterRepository encounters;

	private final CorrectionRepository corrections;

	private final StatementRepository statements;

	HistoryService(EncounterRepository encounters, CorrectionRepository corrections, StatementRepository statements) {
		this.encounters = encounters;
		this.corrections = corrections;
		this.statements = statements;
	}

	/** @throws NotFoundException when there is no such encounter */
	public List<HistoryEntry> of(long encounterId) {
		Encounter e = encounters.findDetailed(encounterId).orElseThrow(() -> new NotFoundException("encounter", encounterId));
		List<HistoryEntry> entries = new ArrayList<>();
		Map<Long, Article> told = new LinkedHashMap<>();
		for (EncounterSource s : e.getSources()) {
			Article a = s.getArticle();
			told.putIfAbsent(a.getId(), a);
			if (!s.getAccountKey().startsWith("added|")) {
				entries.add(new HistoryEntry("extracted", a.getIngestedAt(), null, s.getRole().code(), null, null, null,
						a.getId(), a.getDisplayTitle(), false));
			}
		}
		List<Correction> touching = corrections.findAllTouching(told.keySet());
		String label = CurationService.label(e);
		Set<String> detachedHere = new HashSet<>();
		touching.stream()
			.filter(c -> c.getAction() == CorrectionAction.DETACH && label.equals(c.getOldValue()))
			.forEach(c -> detachedHere.add(c.getArticleId() + ":" + c.getStatementStart()));
		for (Correction c : touching) {
			boolean onThis = switch (c.getAction()) {
				case SPEAKER, DETACH -> onStatementOf(e, c, detachedHere);
				default -> c.getAccounts().stream().anyMatch(a -> AccountResolver.holds(e, a));
			};
			if (!onThis || c.getAction() == CorrectionAction.ARTICLE) {
				continue;
			}
			Article article = c.getArticleId() == null ? null : told.get(c.getArticleId());
			entries.add(new HistoryEntry(c.getAction().code(), c.getCreatedAt(), c.getEditor(), c.getField(),
					c.getOldValue(), c.getNewValue(), c.getNote(), article == null ? null : article.getId(),
					article == null ? null : article.getDisplayTitle(), !c.isActive()));
		}
		entries.sort(Comparator.comparing(HistoryEntry::at));
		return entries;
	}

	/**
	 * Whether a statement correction belongs to this encounter's history: the statement is linked to it
	 * now, or it is linked to nothing and an editor detached it from this encounter as it reads now.
	 */
	private boolean onStatementOf(Encounter e, Correction c, Set<String> detachedHere) {
		Statement s = statements.findByArticleIdOrderByStartOffset(c.getArticleId())
			.stream()
			.filter(st -> c.getStatementStart() != null && st.getStartOffset() == c.getStatementStart())
			.findFirst()
			.orElse(null);
		if (s == null) {
			return false;
		}
		if (s.getEncounter() != null) {
			return s.getEncounter().getId().equals(e.getId());
		}
		return detachedHere.contains(c.getArticleId() + ":" + c.getStatementStart());
	}
}
