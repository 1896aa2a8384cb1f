package org.diplomatictimeline.dispute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.dispute.DisputeDetail.ArticleLink;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterCards;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.ingest.reference.DisputeTopicRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.diplomatictimeline.statement.Statement;
import org.diplomatictimeline.statement.StatementRepository;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.IdCount;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads dispute topics with the encounters, articles and statements that concern them. */
@Service
@Transactional(readOnly = true)
public class DisputePageService {

	private final DisputeTopicRepository topics;

	private final EncounterRepository encounters;

	private final ArticleRepository articles;

	private final StatementRepository statements;

	private final EncounterCards cards;

	private final ReferenceData reference;

	DisputePageService(DisputeTopicRepository topics, EncounterRepository encounters, ArticleRepository articles,
			StatementRepository statements, EncounterCards cards, ReferenceData reference) {
		this.topics = topics;
		this.encounters = encounters;
		this.articles = articles;
		this.statements = statements;
		this.cards = cards;
		this.reference = reference;
	}

	public List<DisputeSummary> list() {
		List<Encounter> all = encounters.findTimeline();
		List<Article> allArticles = articles.findAllByOrderByFileName();
		return topics.findAllByOrderByLabel()
			.stream()
			.map(t -> summary(t, touching(all, t.getSlug()), about(allArticles, t.getSlug())))
			.toList();
	}

	/** @throws NotFoundException for an unknown slug */
	public DisputeDetail detail(String slug) {
		DisputeTopic topic = topics.findById(slug).orElseThrow(() -> new NotFoundException("dispute", slug));
		List<Encounter> touching = encounters.findByDispute(slug);
		List<Article> about = articles.findByDispute(slug);
		Set<Long> encounterIds = touching.stream().map(Encounter::getId).collect(Collectors.toSet());
		List<String> keywords = reference.disputeTopics()
			.stream()
			.filter(r -> r.slug().equals(slug))
			.findFirst()
			.map(DisputeTopicRef::keywords)
			.orElse(List.of())
			.stream()
			.map(k -> k.toLowerCase(Locale.ROOT))
			.toList();
		List<StatementView> said = statements.findAllInOrder()
			.stream()
			.filter(s -> (s.getEncounter() != null && encounterIds.contains(s.getEncounter().getId()))
					|| mentions(s, keywords))
			.map(StatementView::of)
			.toList();
		Map<Long, Long> counts = IdCount.toMap(statements.countPerEncounter());
		List<ArticleLink> links = about.stream()
			.sorted(Comparator.comparing(DisputePageService::articleDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(a -> new ArticleLink(a.getId(), a.getDisplayTitle(), DateView.of(a.getPublished())))
			.toList();
		return new DisputeDetail(summary(topic, touching, about), topic.getBackground(), cards.cards(touching, counts),
				said, links);
	}

	private static DisputeSummary summary(DisputeTopic topic, List<Encounter> touching, List<Article> about) {
		List<FuzzyDate> dates = new ArrayList<>();
		touching.stream().map(Encounter::getDate).filter(d -> d != null).forEach(dates::add);
		about.stream().map(DisputePageService::articleDate).filter(d -> d != null).map(FuzzyDate::day).forEach(dates::add);
		FuzzyDate first = dates.stream().min(Comparator.naturalOrder()).orElse(null);
		FuzzyDate latest = dates.stream().max(Comparator.comparing(FuzzyDate::end)).orElse(null);
		return new DisputeSummary(topic.getSlug(), topic.getLabel(), touching.size(), about.size(), DateView.of(first),
				DateView.of(latest));
	}

	private static List<Encounter> touching(List<Encounter> all, String slug) {
		return all.stream().filter(e -> e.getDisputes().contains(slug)).toList();
	}

	private static List<Article> about(List<Article> all, String slug) {
		return all.stream().filter(a -> a.getDisputes().contains(slug)).toList();
	}

	private static LocalDate articleDate(Article a) {
		return a.getPublished() != null ? a.getPublished() : a.getReferenceDate();
	}

	private static boolean mentions(Statement s, List<String> keywords) {
		String text = s.getText().toLowerCase(Locale.ROOT);
		return keywords.stream().anyMatch(text::contains);
	}
}
