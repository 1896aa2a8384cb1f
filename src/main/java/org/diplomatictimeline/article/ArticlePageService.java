package org.diplomatictimeline.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplomatictimeline.article.ArticleDetail.ArticleEncounter;
import org.diplomatictimeline.article.HighlightedText.Highlight;
import org.diplomatictimeline.encounter.EncounterCards;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.EncounterSource;
import org.diplomatictimeline.encounter.SourceView;
import org.diplomatictimeline.statement.Statement;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.IdCount;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads articles for the article list and the article page. */
@Service
@Transactional(readOnly = true)
public class ArticlePageService {

	private final ArticleRepository articles;

	private final EncounterRepository encounters;

	private final StatementRepository statements;

	private final EncounterCards cards;

	ArticlePageService(ArticleRepository articles, EncounterRepository encounters, StatementRepository statements,
			EncounterCards cards) {
		this.articles = articles;
		this.encounters = encounters;
		this.statements = statements;
		this.cards = cards;
	}

	public Page<ArticleRow> list(Pageable pageable) {
		Page<Article> page = articles.findAllByOrderByFileName(pageable);
		List<Long> ids = page.getContent().stream().map(Article::getId).toList();
		Map<Long, Long> encounterCounts = IdCount.toMap(ids.isEmpty() ? List.of() : encounters.countPerArticle(ids));
		Map<Long, Long> statementCounts = IdCount.toMap(ids.isEmpty() ? List.of() : statements.countPerArticle(ids));
		return page.map(a -> new ArticleRow(a.getId(), a.getDisplayTitle(), a.getSource(), DateView.of(a.getPublished()),
				a.getFileName(), encounterCounts.getOrDefault(a.getId(), 0L),
				statementCounts.getOrDefault(a.getId(), 0L), cards.disputes(a.getDisputes())));
	}

	/** @throws NotFoundException when there is no such article */
	public ArticleDetail detail(long id) {
		Article a = articles.findById(id).orElseThrow(() -> new NotFoundException("article", id));
		List<Highlight> highlights = new ArrayList<>();
		List<ArticleEncounter> told = new ArrayList<>();
		var found = encounters.findBySourceArticle(id);
		Map<Long, Long> statementCounts = new HashMap<>();
		List<Statement> said = statements.findByArticleIdOrderByStartOffset(id);
		said.stream()
			.filter(s -> s.getEncounter() != null)
			.forEach(s -> statementCounts.merge(s.getEncounter().getId(), 1L, Long::sum));
		Map<Long, String> outcomes = cards.outcomes(found);
		for (var e : found.stream().sorted(Comparator.comparing(e -> e.getDate() == null ? LocalDate.MAX
				: e.getDate().start())).toList()) {
			for (EncounterSource source : e.getSources()) {
				if (!source.getArticle().getId().equals(id)) {
					continue;
				}
				List<String> anchors = new ArrayList<>();
				for (int i = 0; i < source.getEvidence().size(); i++) {
					var ev = source.getEvidence().get(i);
					String anchor = SourceView.anchorOf(source.getId(), i);
					anchors.add(anchor);
					highlights.add(new Highlight(ev.start(), ev.end(), anchor, "evidence", told.size() + 1));
				}
				told.add(new ArticleEncounter(cards.card(e, e.getSources().size(),
						statementCounts.getOrDefault(e.getId(), 0L), outcomes.get(e.getId())),
						source.getRole().code(), anchors, told.size() + 1));
			}
		}
		for (Statement s : said) {
			highlights.add(new Highlight(s.getStartOffset(), s.getEndOffset(), StatementView.anchorOf(s.getId()),
					"statement"));
		}
		return new ArticleDetail(a.getId(), a.getDisplayTitle(), a.getSource(), a.getUrl(),
				DateView.of(a.getPublished()), DateView.of(a.getReferenceDate()), a.getFileName(), a.getIngestedAt(),
				HighlightedText.of(a.getBody(), highlights), told, said.stream().map(StatementView::of).toList(),
				cards.disputes(a.getDisputes()));
	}
}
