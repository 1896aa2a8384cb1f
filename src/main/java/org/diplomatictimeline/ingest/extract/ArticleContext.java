package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pipeline steps have found so far in one article, sentence by sentence. Created and used
 * by one call of {@link ArticleExtractor#extract}; never shared between threads.
 */
final class ArticleContext {

	final ArticleMetadata metadata;

	final String body;

	final List<Sentence> sentences;

	final List<List<DateExpression>> dates = new ArrayList<>();

	final List<List<PlaceMention>> places = new ArrayList<>();

	final List<List<GatheringMention>> gatherings = new ArrayList<>();

	final List<List<GenericReference>> generics = new ArrayList<>();

	final List<List<OfficialMention>> officials = new ArrayList<>();

	/** Officials named only by country and title, per sentence (filled by the statement step). */
	final List<List<OfficialMention>> titled = new ArrayList<>();

	PlaceMention dateline;

	/** The article's dispute topics, once {@link DisputeClassifier#forArticle} has read them. */
	List<String> articleTopics;

	LocalDate referenceDate;

	final List<String> notes = new ArrayList<>();

	ArticleContext(ArticleMetadata metadata, String body, List<Sentence> sentences) {
		this.metadata = metadata;
		this.body = body;
		this.sentences = sentences;
		for (int i = 0; i < sentences.size(); i++) {
			dates.add(List.of());
			places.add(List.of());
			gatherings.add(List.of());
			generics.add(List.of());
			officials.add(List.of());
			titled.add(List.of());
		}
	}

	void setOfficials(List<OfficialMention> mentions) {
		for (int i = 0; i < sentences.size(); i++) {
			officials.set(i, new ArrayList<>());
		}
		for (OfficialMention m : mentions) {
			officials.get(m.sentence()).add(m);
		}
	}

	List<OfficialMention> allOfficials() {
		List<OfficialMention> all = new ArrayList<>();
		officials.forEach(all::addAll);
		return all;
	}

	private static final java.util.regex.Pattern HEADER_LINE = java.util.regex.Pattern.compile(
			"(?i)\\s*(?:by\\s+[\\p{L} .,'’-]{3,60}(?:\\s*\\[[^\\]]*\\])?|(?:published|updated|posted|last updated)\\s*:?.{0,60}"
					+ "|(?:\\w+day,?\\s+)?[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},\\s*\\d{4}.{0,30}|\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)\\s*");

	/** "Back To Top", "Press Releases": a few words without a verb's sentence mark, left over from a web page. */
	private static final java.util.regex.Pattern MENU_LINE = java.util.regex.Pattern.compile(
			"\\s*(?:[\\p{L}&'’-]+\\s+){0,3}[\\p{L}&'’-]+\\s*");

	/** Whether a sentence is among the first few of the article's content (headline, dateline, lead). */
	boolean lead(int sentenceIndex) {
		int seen = 0;
		for (Sentence s : sentences) {
			if (!s.usable()) {
				continue;
			}
			if (s.index() == sentenceIndex) {
				return true;
			}
			if (HEADER_LINE.matcher(s.text()).matches() || MENU_LINE.matcher(s.text()).matches()) {
				// a byline, a timestamp, a date line or a page's menu label is no sentence of the lead
				continue;
			}
			if (++seen >= 4) {
				return false;
			}
		}
		return false;
	}

	/** Usable sentences in order (content, not repeated). */
	List<Sentence> usable() {
		return sentences.stream().filter(Sentence::usable).toList();
	}
}
