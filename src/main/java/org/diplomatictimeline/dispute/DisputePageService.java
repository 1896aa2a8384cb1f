package org.diplomatictimeline.dispute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.article.TopicArticles;
import org.diplomatictimeline.dispute.DisputeDetail.ArticleLink;
import org.diplomatictimeline.encounter.DateStats;
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
import org.diplomatictimeline.system.Pages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

	/** Encounters per page of a topic. */
	static final int ENCOUNTERS_PER_PAGE = 20;

	/** Articles and statements listed on a topic's page, each with its total. */
	static final int LISTED = 20;

	@PersistenceContext
	private EntityManager em;

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
		Map<String, List<DateStats>> encounterDates = encounters.disputeDates()
			.stream()
			.collect(Collectors.groupingBy(DateStats::group));
		Map<String, TopicArticles> articleDates = articles.topicDates()
			.stream()
			.collect(Collectors.toMap(TopicArticles::slug, Function.identity()));
		return topics.findAllByOrderByLabel()
			.stream()
			.map(t -> summary(t, encounterDates.getOrDefault(t.getSlug(), List.of()), articleDates.get(t.getSlug())))
			.toList();
	}

	/** @throws NotFoundException for an unknown slug */
	public DisputeDetail detail(String slug) {
		return detail(slug, 1);
	}

	/**
	 * One topic with a page of its encounters, its first articles and statements (each with its total).
	 *
	 * @param page the page of encounters, from 1
	 * @throws NotFoundException for an unknown slug
	 */
	public DisputeDetail detail(String slug, int page) {
		DisputeTopic topic = topics.findById(slug).orElseThrow(() -> new NotFoundException("dispute", slug));
		TopicArticles articleDates = articles.topicDates()
			.stream()
			.filter(t -> t.slug().equals(slug))
			.findFirst()
			.orElse(null);
		DisputeSummary summary = summary(topic, encounters.disputeDates(slug), articleDates);
		Pages pages = Pages.of(page, summary.encounters(), ENCOUNTERS_PER_PAGE, "/disputes/" + slug, "#dispute-encounters");
		List<Long> ids = encounters.findIdsByDispute(slug, PageRequest.of(pages.number() - 1, ENCOUNTERS_PER_PAGE))
			.getContent();
		List<Encounter> touching = ids.isEmpty() ? List.of() : inOrder(ids, encounters.findAllWithParticipants(ids));
		Map<Long, Long> statementCounts = IdCount.toMap(ids.isEmpty() ? List.of() : statements.countPerEncounter(ids));
		Map<Long, Long> sourceCounts = IdCount
			.toMap(ids.isEmpty() ? List.of() : encounters.countSourcesPerEncounter(ids));
		Page<Article> about = articles.findByDispute(slug, PageRequest.of(0, LISTED));
		List<ArticleLink> links = about.stream()
			.map(a -> new ArticleLink(a.getId(), a.getDisplayTitle(), DateView.of(a.getPublished())))
			.toList();
		Page<Statement> said = saidAbout(slug, keywords(slug));
		return new DisputeDetail(summary, topic.getBackground(), cards.cards(touching, sourceCounts, statementCounts),
				said.stream().map(StatementView::of).toList(), links, pages, said.getTotalElements(),
				about.getTotalElements());
	}

	/**
	 * The first statements, oldest first, that belong to an encounter touching the topic or that use
	 * one of the topic's keywords.
	 */
	private Page<Statement> saidAbout(String slug, List<String> keywords) {
		StringBuilder where = new StringBuilder(
				"s.encounter.id in (select e.id from Encounter e where :slug member of e.disputes)");
		for (int i = 0; i < keywords.size(); i++) {
			where.append(" or lower(s.text) like :k").append(i).append(" escape '!'");
		}
		var count = em.createQuery("select count(s) from Statement s where " + where, Long.class);
		var rows = em.createQuery("select s from Statement s join fetch s.speaker join fetch s.article"
				+ " left join fetch s.encounter where " + where
				+ " order by case when s.dateStart is null then 1 else 0 end, s.dateStart, s.id", Statement.class);
		for (var q : List.of(count, rows)) {
			q.setParameter("slug", slug);
			for (int i = 0; i < keywords.size(); i++) {
				q.setParameter("k" + i, "%" + keywords.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
			}
		}
		List<Statement> first = rows.setMaxResults(LISTED).getResultList();
		return new PageImpl<>(first, PageRequest.of(0, LISTED), count.getSingleResult());
	}

	private List<String> keywords(String slug) {
		return reference.disputeTopics()
			.stream()
			.filter(r -> r.slug().equals(slug))
			.findFirst()
			.map(DisputeTopicRef::keywords)
			.orElse(List.of())
			.stream()
			.map(k -> k.toLowerCase(Locale.ROOT))
			.toList();
	}

	private static List<Encounter> inOrder(List<Long> ids, List<Encounter> loaded) {
		Map<Long, Encounter> byId = loaded.stream().collect(Collectors.toMap(Encounter::getId, Function.identity()));
		return ids.stream().map(byId::get).toList();
	}

	/** First and latest mention over the topic's encounters (at their precisions) and its articles (as days). */
	private static DisputeSummary summary(DisputeTopic topic, List<DateStats> encounterDates, TopicArticles about) {
		List<FuzzyDate> firsts = new ArrayList<>();
		List<FuzzyDate> lasts = new ArrayList<>();
		long touching = 0;
		for (DateStats d : encounterDates) {
			touching += d.count();
			if (d.first() != null) {
				firsts.add(new FuzzyDate(d.first(), d.precision()));
				lasts.add(new FuzzyDate(d.last(), d.precision()));
			}
		}
		if (about != null && about.first() != null) {
			firsts.add(FuzzyDate.day(about.first()));
			lasts.add(FuzzyDate.day(about.last()));
		}
		FuzzyDate first = firsts.stream().min(Comparator.naturalOrder()).orElse(null);
		FuzzyDate latest = lasts.stream().max(Comparator.comparing(FuzzyDate::end)).orElse(null);
		return new DisputeSummary(topic.getSlug(), topic.getLabel(), (int) touching,
				about == null ? 0 : (int) about.count(), DateView.of(first), DateView.of(latest));
	}
}
