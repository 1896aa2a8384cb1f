package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplomatictimeline.ingest.reference.DisputeTopicRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Tags dispute topics by the keywords of disputes.csv: for the article, over its own content (not
 * the related-coverage tail); for an encounter, over its evidence sentences, for the main one also
 * the sentences next to them, and for a bilateral main one the article's topics as well (an article
 * about a meeting discusses the disputes on its agenda).
 */
final class DisputeClassifier {

	private final PhraseIndex<String> keywords = new PhraseIndex<>(false);

	private final List<String> order = new ArrayList<>();

	DisputeClassifier(ReferenceData reference) {
		for (DisputeTopicRef t : reference.disputeTopics()) {
			order.add(t.slug());
			for (String k : t.keywords()) {
				keywords.add(k, t.slug());
			}
		}
	}

	List<String> topics(Sentence s) {
		Set<String> found = new LinkedHashSet<>();
		for (PhraseIndex.Hit<String> hit : keywords.find(Token.of(s.text(), s.start()))) {
			found.addAll(hit.values());
		}
		return List.copyOf(found);
	}

	List<String> forArticle(ArticleContext ctx) {
		if (ctx.articleTopics == null) {
			// asked again for every encounter that takes the article's topics as its agenda: read once
			Set<String> found = new LinkedHashSet<>();
			for (Sentence s : ctx.usable()) {
				found.addAll(topics(s));
			}
			ctx.articleTopics = ordered(found);
		}
		return ctx.articleTopics;
	}

	/**
	 * @param main the article reports this encounter: the sentences next to its evidence count too
	 * @param withArticleTopics the encounter takes the article's own topics as its agenda
	 */
	List<String> forEncounter(ArticleContext ctx, List<Sentence> evidence, boolean main, boolean withArticleTopics) {
		Set<Integer> indexes = new LinkedHashSet<>();
		for (Sentence s : evidence) {
			indexes.add(s.index());
			if (main) {
				indexes.add(s.index() - 1);
				indexes.add(s.index() + 1);
			}
		}
		Set<String> found = new LinkedHashSet<>();
		for (int i : indexes) {
			if (i >= 0 && i < ctx.sentences.size() && ctx.sentences.get(i).usable()) {
				found.addAll(topics(ctx.sentences.get(i)));
			}
		}
		if (withArticleTopics) {
			found.addAll(forArticle(ctx));
		}
		return ordered(found);
	}

	private List<String> ordered(Set<String> found) {
		return order.stream().filter(found::contains).toList();
	}
}
