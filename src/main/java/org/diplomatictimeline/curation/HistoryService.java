package org.diplomatictimeline.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.EncounterSource;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An encounter's history: when each article told it, and every correction made on its accounts. */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	private final EncounterRepository encounters;

	private final CorrectionRepository corrections;

	HistoryService(EncounterRepository encounters, CorrectionRepository corrections) {
		this.encounters = encounters;
		this.corrections = corrections;
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
		for (Correction c : corrections.findAllTouching(told.keySet())) {
			boolean onThis = c.getAccounts().stream().anyMatch(a -> AccountResolver.holds(e, a));
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
}
