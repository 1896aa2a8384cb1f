package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.domain.StatementKind;

/**
 * Attributes quotes and reported speech to officials. A quote is words in quotation marks long
 * enough to be a statement (short scare-quoted phrases inside a sentence are not), attributed to the
 * official the sentence names outside the quotes, or through "he"/"the president" to the official
 * spoken of just before. A quote that runs over several paragraphs is one statement. Reported speech
 * is an official followed by a speech verb ("said", "told", "called for", "quoted X as saying").
 * Consecutive reported sentences of one speaker through the same channel are one statement.
 */
final class StatementFinder {

	private static final String SPEECH = "said|says|say|told|tells|telling|stressed|stresses|noted|notes|added|adds|stated|insisted|warned|emphasized|emphasised|explained|claimed|urged|urges|called for|called on|asked|expressed|reiterated|pledged|vowed|proposed|suggested|announced|argued|maintained|indicated|conveyed|commented|remarked|replied|responded|declared|acknowledged|admitted|apologized|apologised|voiced|demanded|requested|promised|assured|briefed|raised|underlined|underscored|highlighted|lamented|criticized|criticised|hoped|hopes|wrote|saying";

	private static final String REPORT = "called(?=\\s+(?:the|it|this|that|his|her|their|them)\\b[^\"“”.]{0,40}[\"“])|(?:was\\s+)?quoted as saying|said|says|told|tells|stressed|stresses|noted|added|stated|insisted|warned|emphasized|emphasised|explained|claimed|urged|called for|called on|asked|announced|argued|maintained|declared|acknowledged|admitted|replied|responded|commented|remarked|conveyed|proposed|demanded|requested|assured|apologized|apologised|criticized|criticised|wrote|welcomed|thanked";

	private static final Pattern REPORTED_AFTER_NAME = Pattern.compile("^(?:,[^,\"“”]{1,80},)?\\s+(?:(?:also|further|again|then|later|reportedly|repeatedly|separately|in turn|had|has|have|would|,|on|at|in|a|an|the|news|press|regular|joint|conference|\\w+day|morning|evening|night)\\s+)*(?:" + REPORT + ")\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AFTER_NAME = Pattern.compile("^(?:,[^,\"“”]{1,80},)?\\s+(?:(?:also|further|again|then|later|reportedly|repeatedly|separately|in turn|,|on|at|in|a|an|the|news|press|regular|joint|conference|\\w+day|morning|evening|night)\\s+)*(?:" + SPEECH + ")\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern QUOTED_AS = Pattern.compile("(?i)\\bquot(?:ed|ing)\\s+$");

	private static final Pattern AS_SAYING = Pattern.compile("(?i)^\\s+as\\s+(?:saying|telling|stating)\\b");

	private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
			"(?i)(?:^|[,.]\\s*|[”\"]\\s*,?\\s*)(?<who>he|she|it|the ministry|the office|the (?:south korean |japanese )?(?:president|prime minister|premier|foreign minister|leader|minister|chief cabinet secretary|top government spokesman))\\s+(?:also\\s+|further\\s+|then\\s+|later\\s+)?(?:" + SPEECH + ")\\b");

	private static final Pattern SAID_NAME = Pattern.compile("(?i)[”\"]\\s*,?\\s*(?:said|added|says)\\s+$");

	private static final Pattern SPEECH_ANYWHERE = Pattern.compile("(?i)\\b(?:" + SPEECH + "|according to)\\b");

	private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to (?:the )?(?<via>[^,.;\"“”]{3,70}?)(?=\\s*(?:[,.;\"“”]|$))");

	private static final Pattern INSTITUTION_SAID = Pattern.compile(
			"(?i)(?<via>(?:(?:a|the|an)\\s+)?(?:(?:senior|top|high-ranking|unnamed|several)\\s+)?(?:[A-Z][\\w.']*(?:\\s+[A-Z][\\w.']*)?'?s?\\s+)?(?:foreign ministry|ministry of foreign affairs|presidential office|prime minister's office|government|ministry|officials?|sources|side|cabinet office|blue house|presidential spokesperson|spokesperson|spokesman|spokeswoman)(?:\\s+officials?)?)\\s+(?:said|says|added|announced|quoted|explained|stated|told)\\b");

	/** Words without which {@link #INSTITUTION_SAID} cannot match: one of its nouns and one of its verbs. */
	private static final String[] INSTITUTION_SAID_NOUNS = { "ministry", "office", "government", "official", "sources",
			"side", "blue house", "spokes" };

	private static final String[] INSTITUTION_SAID_VERBS = { "said", "says", "added", "announced", "quoted", "explained",
			"stated", "told" };

	private static final Pattern INSTITUTION_STATED = Pattern.compile(
			"(?i)(?:foreign ministry|ministry of foreign affairs|government|presidential office|prime minister's office|cabinet office|blue house|side)\\s+(?:said|says|stated)\\b");

	private static final int MIN_QUOTE_WORDS = 5;

	/** The sentence closes with its attribution: ", Abe said." */
	private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile("[”\"][^”\"“]{0,80},\\s*$");

	private static final Pattern JOINT_OUTCOME = Pattern.compile(
			"^\\s+(?:\\w+\\s+){0,2}?(?:that\\s+)?(?:(?:he|she)\\s+and\\s+[^,.;]{1,60}?|the two(?:\\s+\\w+)?|both(?:\\s+\\w+)?|they)\\s+(?:also\\s+)?(?:had\\s+)?agreed\\b");

	/** "Kishida also said ...": a further statement, not the same one continued. */
	private static final Pattern ALSO = Pattern.compile("^\\S+(?:\\s+\\S+)?\\s+also\\s+(?:" + SPEECH + ")\\b");

	private final DateResolver resolver = new DateResolver();

	private final OfficialFinder officials;

	private final org.diplomatictimeline.ingest.reference.ReferenceData reference;

	StatementFinder(OfficialFinder officials, org.diplomatictimeline.ingest.reference.ReferenceData reference) {
		this.officials = officials;
		this.reference = reference;
		this.titles = new TitleSpeakerFinder(reference);
		for (String adj : officials.adjectives()) {
			if (adj.length() > 3) {
				adjectiveWords.put(adj, Pattern.compile("\\b" + Pattern.quote(adj) + "\\b"));
			}
		}
	}

	/** Country adjectives longer than three letters, each as a whole-word pattern, compiled once. */
	private final Map<String, Pattern> adjectiveWords = new LinkedHashMap<>();

	private final TitleSpeakerFinder titles;

	/** A quotation: inner text offsets, and whether it was still open at the end of its paragraph. */
	record Segment(int start, int end, boolean open) {
	}

	private record Found(OfficialMention speaker, StatementKind kind, String via, List<Segment> segments,
			Sentence sentence, boolean openAtEnd) {
	}

	private static final String PERSON = "[A-Z][a-z]+(?:\\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2}";

	private static final Pattern ROLE_BEFORE_NAME = Pattern.compile(
			"(?i:spokes(?:man|woman|person)|senior secretary(?: for [a-z ]+)?|press secretary|deputy chief cabinet secretary|chief of staff|national security adviser|adviser|minister)\\s+(?<name>" + PERSON + ")");

	private static final Pattern ROLE_AFTER_NAME = Pattern.compile(
			"(?<name>" + PERSON + "),\\s+(?:the\\s+|a\\s+)?(?:[\\w'’.-]+\\s+){0,5}?(?i:spokes(?:man|woman|person)|senior secretary|press secretary|secretary|minister|adviser|chief of staff)\\b");

	private static final Pattern INSTITUTION = Pattern.compile(
			"(?i)^(?:(?:[\\w.]+\\s+){0,2})(?:foreign ministry|ministry of foreign affairs|government|presidential office|prime minister's office|cabinet office|blue house|foreign affairs ministry|side)$");

	/** People quoted who are not officials of the reference data: spokespeople introduced with their role. */
	private List<OfficialMention> spokespeople(ArticleContext ctx, List<Sentence> usable) {
		List<OfficialMention> intro = new ArrayList<>();
		for (Sentence s : usable) {
			for (Pattern p : List.of(ROLE_BEFORE_NAME, ROLE_AFTER_NAME)) {
				Matcher m = p.matcher(s.text());
				while (m.find()) {
					int a = s.start() + m.start("name");
					int b = s.start() + m.end("name");
					boolean official = ctx.officials.get(s.index()).stream()
						.anyMatch(o -> o.start() < b && a < o.end() && !o.bare());
					if (official) {
						continue;
					}
					String name = m.group("name");
					String country = contextCountry(ctx, s, m.start(), m.end());
					if (country == null) {
						continue;
					}
					out:
					{
						for (OfficialMention x : intro) {
							if (x.name().equals(name)) {
								break out;
							}
						}
						intro.add(new OfficialMention(s.index(), a, b, OfficialFinder.slug(name), name, country, null, false, false));
					}
				}
			}
		}
		return intro;
	}

	/** The country a spokesperson speaks for: an adjective near the role, else the official the sentence names. */
	private String contextCountry(ArticleContext ctx, Sentence s, int from, int to) {
		String window = s.text().substring(Math.max(0, from - 60), Math.min(s.text().length(), to + 60)).toLowerCase(Locale.ROOT);
		for (Map.Entry<String, Pattern> adj : adjectiveWords.entrySet()) {
			if (adj.getValue().matcher(window).find()) {
				return officials.countryOfAdjective(adj.getKey());
			}
		}
		if (window.contains("presidential")) {
			// of the two countries, the one whose leader is a president
			for (String c : List.of("JP", "KR")) {
				if (reference.office(c, "president").isPresent()) {
					return c;
				}
			}
		}
		return ctx.officials.get(s.index()).stream().map(OfficialMention::country)
			.filter(c -> c.equals("JP") || c.equals("KR")).findFirst().orElse(null);
	}

	/** Officials and spokespeople named in a sentence; a spokesperson's bare family name beats an official's. */
	private static List<OfficialMention> speakers(ArticleContext ctx, Sentence s, List<OfficialMention> spokespeople) {
		List<OfficialMention> out = new ArrayList<>(ctx.officials.get(s.index()));
		for (OfficialMention t : ctx.titled.get(s.index())) {
			if (out.stream().noneMatch(o -> o.start() < t.end() && t.start() < o.end())) {
				out.add(t);
			}
		}
		for (OfficialMention p : spokespeople) {
			if (p.sentence() > s.index()) {
				continue;
			}
			String[] words = p.name().split("[ ]");
			String family = words[words.length > 1 && words[1].contains("-") ? 0 : words.length - 1];
			for (String form : List.of(p.name(), family)) {
				Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(s.text());
				if (m.find()) {
					int a = s.start() + m.start();
					int b = s.start() + m.end();
					out.removeIf(o -> o.start() < b && a < o.end() && (o.bare() || !o.inReference()));
					if (out.stream().noneMatch(o -> o.start() < b && a < o.end())) {
						out.add(new OfficialMention(s.index(), a, b, p.personId(), p.name(), p.country(), null, false, form != p.name()));
					}
					break;
				}
			}
		}
		out.sort(java.util.Comparator.comparingInt(OfficialMention::start));
		return out;
	}

	/** An institution as speaker ("the South Korean Foreign Ministry said in a statement"), or null. */
	private OfficialMention institution(Sentence s, String via) {
		if (via == null || !INSTITUTION.matcher(via).find()) {
			return null;
		}
		String country = viaCountry(via);
		if (country == null) {
			return null;
		}
		return new OfficialMention(s.index(), s.start(), s.start(), OfficialFinder.slug(via), via, country, null, false, false);
	}

	List<ExtractedStatement> find(ArticleContext ctx, List<ExtractedEncounter> encounters) {
		List<Found> found = new ArrayList<>();
		List<Sentence> usable = ctx.usable();
		List<Segment> segments = segments(ctx, usable);
		List<OfficialMention> spokespeople = spokespeople(ctx, usable);
		for (Sentence s : usable) {
			ctx.titled.set(s.index(), titles.find(s, ctx.referenceDate));
		}
		Found openQuote = null;
		int openParagraph = -1;
		for (int i = 0; i < usable.size(); i++) {
			Sentence s = usable.get(i);
			List<Segment> inSentence = segments.stream().filter(g -> g.start() >= s.start() && g.start() < s.end()).toList();
			String outside = outside(s, inSentence);
			if (openQuote != null && !inSentence.isEmpty() && startsWithQuote(s)
					&& s.paragraph() != openParagraph) {
				// continuation paragraph of an open quotation
				List<Segment> all = new ArrayList<>(openQuote.segments());
				all.addAll(inSentence);
				Found merged = new Found(openQuote.speaker(), openQuote.kind(), openQuote.via(), all, openQuote.sentence(),
						inSentence.get(inSentence.size() - 1).open());
				found.set(found.indexOf(openQuote), merged);
				openQuote = merged.openAtEnd() ? merged : null;
				openParagraph = s.paragraph();
				continue;
			}
			if (openQuote != null && s.paragraph() != openParagraph && !startsWithQuote(s)) {
				openQuote = null;
			}
			List<Segment> quotes = inSentence.stream().filter(g -> statementLike(ctx, s, g)).toList();
			String via = via(s, outside);
			List<OfficialMention> named = speakers(ctx, s, spokespeople);
			if (!quotes.isEmpty() && SPEECH_ANYWHERE.matcher(outside).find()) {
				OfficialMention speaker = quoteSpeaker(ctx, s, named, inSentence, outside, via, found, usable, i);
				if (speaker == null && named.isEmpty() && INSTITUTION_STATED.matcher(outside).find()) {
					speaker = institution(s, via);
				}
				if (speaker != null) {
					Found f = new Found(speaker, StatementKind.QUOTE, via, new ArrayList<>(quotes), s,
							quotes.get(quotes.size() - 1).open());
					found.add(f);
					openQuote = f.openAtEnd() ? f : null;
					openParagraph = s.paragraph();
					continue;
				}
			}
			if (!quotes.isEmpty() && openQuote == null && s.paragraph() > 0 && startsWithQuote(s)
					&& !found.isEmpty() && found.get(found.size() - 1).kind() == StatementKind.QUOTE
					&& lastSentenceIndex(found.get(found.size() - 1)) >= s.index() - 2 && !hasAttribution(ctx, s, inSentence)) {
				// an unattributed quotation right after a quoted statement continues it
				Found prev = found.get(found.size() - 1);
				List<Segment> all = new ArrayList<>(prev.segments());
				all.addAll(quotes);
				boolean open = quotes.get(quotes.size() - 1).open();
				Found merged = new Found(prev.speaker(), prev.kind(), prev.via(), all, prev.sentence(), open);
				found.set(found.size() - 1, merged);
				openQuote = open ? merged : null;
				openParagraph = s.paragraph();
				continue;
			}
			Matcher pronoun = PRONOUN_SPEAKER.matcher(outside);
			boolean ownFragment = inSentence.stream().anyMatch(g -> words(ctx.body.substring(g.start(), g.end())) >= 2);
			if (named.isEmpty() && pronoun.find() && pronoun.start() < 3 && !found.isEmpty() && !ownFragment
					&& found.get(found.size() - 1).sentence().index() >= s.index() - 2
					&& !pronoun.group("who").toLowerCase(Locale.ROOT).startsWith("the ")) {
				// "He said ..." right after a statement continues it
				continue;
			}
			OfficialMention reported = reportedSpeaker(ctx, s, named, inSentence, outside, found, usable, i);
			if (reported == null && named.isEmpty() && via != null && INSTITUTION_STATED.matcher(outside).find()) {
				reported = institution(s, via);
			}
			if (reported != null) {
				int speakerEnd = reported.end();
				List<Segment> fragments = inSentence.stream().filter(g -> g.start() > speakerEnd).toList();
				if (fragments.isEmpty() && reported.start() > s.start() && reported.start() <= s.end() && TRAILING_ATTRIBUTION.matcher(ctx.body.substring(s.start(), reported.start())).find()) {
					// "The deal is "a firm basis" for ties, Abe was quoted as saying": the words before a closing attribution
					int speakerStart = reported.start();
					fragments = inSentence.stream().filter(g -> g.end() <= speakerStart).toList();
				}
				// one quoted phrase carries the statement; several quoted phrases in a paraphrase are reported speech
				boolean ownWords = fragments.size() == 1 && words(ctx.body.substring(fragments.get(0).start(), fragments.get(0).end())) >= 2;
				if (via == null && ownWords) {
					found.add(new Found(reported, StatementKind.QUOTE, null, new ArrayList<>(fragments), s, false));
				}
				else {
					found.add(new Found(reported, StatementKind.REPORTED, via, List.of(), s, false));
				}
			}
		}
		List<Found> inScope = found.stream().filter(f -> bilateralSide(f.speaker())).toList();
		return build(ctx, mergeReported(inScope), encounters);
	}

	/** Only Japanese and South Korean officials (and their institutions) are speakers of the timeline; a third party's words are left out. */
	private static boolean bilateralSide(OfficialMention speaker) {
		String country = speaker.country();
		return country == null || country.equals("JP") || country.equals("KR");
	}

	private static int lastSentenceIndex(Found f) {
		return f.sentence().index();
	}

	private static boolean startsWithQuote(Sentence s) {
		char c = s.text().charAt(0);
		return c == '"' || c == '“';
	}

	private boolean hasAttribution(ArticleContext ctx, Sentence s, List<Segment> segs) {
		String outside = outside(s, segs);
		return SPEECH_ANYWHERE.matcher(outside).find();
	}

	/** Quoted passages of each paragraph; straight quotes pair up in order, an odd one stays open to the paragraph end. */
	static List<Segment> segments(ArticleContext ctx, List<Sentence> usable) {
		List<Segment> out = new ArrayList<>();
		int i = 0;
		while (i < usable.size()) {
			int p = usable.get(i).paragraph();
			int start = usable.get(i).start();
			int end = usable.get(i).end();
			while (i < usable.size() && usable.get(i).paragraph() == p) {
				end = usable.get(i).end();
				i++;
			}
			String text = ctx.body.substring(start, end);
			int open = -1;
			for (int k = 0; k < text.length(); k++) {
				char c = text.charAt(k);
				boolean opening = c == '“' || c == '"' && open < 0;
				boolean closing = c == '”' || c == '"' && open >= 0;
				if (opening && open < 0) {
					open = k + 1;
				}
				else if (closing && open >= 0) {
					out.add(new Segment(start + open, start + k, false));
					open = -1;
				}
			}
			if (open >= 0 && open < text.length()) {
				out.add(new Segment(start + open, end, true));
			}
		}
		return out;
	}

	private static String outside(Sentence s, List<Segment> segs) {
		StringBuilder sb = new StringBuilder(s.text());
		for (Segment g : segs) {
			for (int k = Math.max(g.start(), s.start()); k < Math.min(g.end(), s.end()); k++) {
				sb.setCharAt(k - s.start(), ' ');
			}
		}
		return sb.toString();
	}

	private static int words(String text) {
		String t = text.strip();
		return t.isEmpty() ? 0 : t.split("\\s+").length;
	}

	private static boolean statementLike(ArticleContext ctx, Sentence s, Segment g) {
		String text = ctx.body.substring(g.start(), Math.min(g.end(), ctx.body.length()));
		if (words(text) >= MIN_QUOTE_WORDS) {
			return true;
		}
		// a short but complete quoted sentence directly attributed: "We disagree," he said.
		return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.strip().matches("(?s).*[.,!?]$")
				&& words(text) >= 2 && g.start() - 1 == s.start();
	}

	private OfficialMention quoteSpeaker(ArticleContext ctx, Sentence s, List<OfficialMention> named,
			List<Segment> segs, String outside, String via, List<Found> found, List<Sentence> usable, int i) {
		List<OfficialMention> candidates = named
			.stream()
			.filter(m -> segs.stream().noneMatch(g -> m.start() >= g.start() && m.end() <= g.end()))
			.toList();
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		if (candidates.size() > 1) {
			for (OfficialMention m : candidates) {
				String after = ctx.body.substring(m.end(), Math.min(s.end(), m.end() + 120));
				String before = ctx.body.substring(Math.max(s.start(), m.start() - 12), m.start());
				if (AFTER_NAME.matcher(after).find() || SAID_NAME.matcher(before).find()) {
					return m;
				}
			}
			String viaCountry = viaCountry(via);
			if (viaCountry != null) {
				for (OfficialMention m : candidates) {
					if (m.country().equals(viaCountry)) {
						return m;
					}
				}
			}
			if (joint(ctx, candidates)) {
				return null;
			}
			return candidates.get(0);
		}
		Matcher p = PRONOUN_SPEAKER.matcher(outside);
		if (p.find()) {
			return antecedent(ctx, p.group("who"), found, usable, i);
		}
		return null;
	}

	private OfficialMention reportedSpeaker(ArticleContext ctx, Sentence s, List<OfficialMention> named,
			List<Segment> segs, String outside, List<Found> found, List<Sentence> usable, int i) {
		for (OfficialMention m : named) {
			if (segs.stream().anyMatch(g -> m.start() >= g.start() && m.end() <= g.end())) {
				continue;
			}
			String after = outside.substring(Math.min(outside.length(), m.end() - s.start()));
			String before0 = outside.substring(0, m.start() - s.start());
			if (before0.matches("(?s).*\\b[A-Z][\\p{L}-]+\\s+and\\s+$")) {
				continue;
			}
			if (after.matches("(?s)^\\s+and\\s+[A-Z].*")) {
				after = after.replaceFirst("^\\s+and\\s+(?:[A-Z][\\p{L}'-]*\\s+){1,4}", " ");
			}
			if (REPORTED_AFTER_NAME.matcher(after).find()) {
				String rest = after.replaceFirst("(?is)^.*?\\b(" + SPEECH + ")\\b", "");
				if (JOINT_OUTCOME.matcher(rest).find()) {
					// "Kishida said he and Yoon agreed to ...": the meeting's outcome, told by one of them
					continue;
				}
				if (rest.strip().length() < 12) {
					continue;
				}
				return m;
			}
			String before = outside.substring(0, m.start() - s.start());
			if (QUOTED_AS.matcher(before).find() && AS_SAYING.matcher(after).find()) {
				return m;
			}
		}
		Matcher p = PRONOUN_SPEAKER.matcher(outside);
		if (p.find() && (p.start() < 3 || p.start() < 50 && outside.substring(0, p.start()).matches("(?s)[^,;]*,\\s*")) && named.isEmpty()) {
			return antecedent(ctx, p.group("who"), found, usable, i);
		}
		return null;
	}

	/** Whether all the candidates form one "X and Y" phrase. */
	private static boolean joint(ArticleContext ctx, List<OfficialMention> c) {
		if (c.size() != 2) {
			return false;
		}
		String between = ctx.body.substring(c.get(0).end(), c.get(1).start());
		return between.matches("\\s+and\\s+(?:[A-Z][\\w.'-]*\\s+){0,4}");
	}

	/** Who "he", "she" or "the president" is: the last speaker, else the last official named before. */
	private OfficialMention antecedent(ArticleContext ctx, String who, List<Found> found, List<Sentence> usable, int i) {
		String w = who.toLowerCase(Locale.ROOT);
		String office = w.contains("president") ? "president"
				: w.contains("prime minister") || w.contains("premier") ? "prime-minister"
				: w.contains("foreign minister") ? "foreign-minister" : null;
		if (w.equals("it") || w.startsWith("the ministry") || w.startsWith("the office")) {
			if (!found.isEmpty() && !found.get(found.size() - 1).speaker().inReference()
					&& found.get(found.size() - 1).sentence().index() >= usable.get(i).index() - 2) {
				return found.get(found.size() - 1).speaker();
			}
			return null;
		}
		if (!found.isEmpty() && office == null) {
			Found last = found.get(found.size() - 1);
			if (last.sentence().index() >= usable.get(i).index() - 2) {
				return last.speaker();
			}
		}
		for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
			List<OfficialMention> ms = new ArrayList<>(ctx.officials.get(usable.get(k).index()));
			ms.addAll(ctx.titled.get(usable.get(k).index()));
			ms.sort(java.util.Comparator.comparingInt(OfficialMention::start));
			for (int j = ms.size() - 1; j >= 0; j--) {
				OfficialMention m = ms.get(j);
				if (office == null || office.equals(m.statedOffice())
						|| office.equals(OfficialFinder.officeOn(reference, m.personId(), ctx.referenceDate, null))) {
					return m;
				}
			}
		}
		return null;
	}

	private String viaCountry(String via) {
		if (via == null) {
			return null;
		}
		for (String adj : officials.adjectives()) {
			if (via.toLowerCase(Locale.ROOT).startsWith(adj)) {
				return officials.countryOfAdjective(adj);
			}
		}
		return null;
	}

	/** The channel a statement came through: "according to the Japanese Foreign Ministry", "South Korea's presidential office said". */
	String via(Sentence s, String outside) {
		// the patterns are tried at every position of the sentence: first ask whether their words occur at all
		String lower = outside.toLowerCase(Locale.ROOT);
		Matcher a = lower.contains("according to") ? ACCORDING_TO.matcher(outside) : null;
		String via = null;
		if (a != null && a.find()) {
			via = a.group("via");
		}
		else if (TextChecks.containsAny(lower, INSTITUTION_SAID_VERBS) && TextChecks.containsAny(lower, INSTITUTION_SAID_NOUNS)) {
			Matcher m = INSTITUTION_SAID.matcher(outside);
			if (m.find()) {
				via = m.group("via");
			}
		}
		if (via == null) {
			return null;
		}
		via = via.strip().replaceFirst("(?i)^(?:the|a|an)\\s+", "");
		via = via.replaceAll("(?i)\\b(?:senior|top|high-ranking|unnamed|several)\\s+", "");
		via = normalizeCountry(via);
		return via.isBlank() ? null : via;
	}

	private String normalizeCountry(String via) {
		for (String adj : officials.adjectives()) {
			if (adj.endsWith("'s") || adj.endsWith("’s")) {
				String code = officials.countryOfAdjective(adj);
				if (via.toLowerCase(Locale.ROOT).startsWith(adj)) {
					// the country's first listed adjective is its usual press form ("South Korea's" -> "South Korean")
					String adjective = reference.country(code)
						.filter(c -> !c.adjectives().isEmpty())
						.map(c -> c.adjectives().get(0))
						.orElse(null);
					if (adjective != null) {
						return adjective + via.substring(adj.length());
					}
				}
			}
		}
		return via.replaceFirst("^S\\. Korean\\b", "South Korean");
	}

	private static List<Found> mergeReported(List<Found> found) {
		List<Found> out = new ArrayList<>();
		for (Found f : found) {
			if (!out.isEmpty()) {
				Found prev = out.get(out.size() - 1);
				boolean adjacent = f.sentence().index() - prev.sentence().index() <= 2;
				boolean another = ALSO.matcher(f.sentence().text()).find();
				if (adjacent && !another && f.kind() == StatementKind.REPORTED && prev.kind() == StatementKind.REPORTED
						&& prev.speaker().personId().equals(f.speaker().personId())
						&& java.util.Objects.equals(prev.via(), f.via())) {
					continue;
				}
			}
			out.add(f);
		}
		return out;
	}

	private List<ExtractedStatement> build(ArticleContext ctx, List<Found> found, List<ExtractedEncounter> encounters) {
		List<ExtractedStatement> out = new ArrayList<>();
		FuzzyDate previousDate = null;
		String previousSpeaker = null;
		int previousIndex = -10;
		for (Found f : found) {
			Sentence s = f.sentence();
			String text;
			TextSpan span;
			if (f.kind() == StatementKind.QUOTE) {
				StringBuilder sb = new StringBuilder();
				for (Segment g : f.segments()) {
					String part = ctx.body.substring(g.start(), g.end()).strip().replaceAll("[,]$", "");
					if (sb.length() > 0) {
						sb.append(" … ");
					}
					sb.append(part);
				}
				text = sb.toString();
				int a = f.segments().get(0).start();
				int b = Math.max(s.end(), f.segments().get(f.segments().size() - 1).end());
				span = new TextSpan(Math.min(a, s.start()), b);
			}
			else {
				text = s.text();
				span = s.span();
			}
			FuzzyDate date = null;
			for (DateExpression e : ctx.dates.get(s.index())) {
				if (!e.since() && !inQuote(f, e)) {
					date = resolver.resolve(e, ctx.referenceDate, false);
					if (date != null) {
						break;
					}
				}
			}
			if (date == null && f.speaker().personId().equals(previousSpeaker) && s.index() - previousIndex <= 2) {
				date = previousDate;
			}
			String office = f.speaker().inReference() ? OfficialFinder.officeOn(reference, f.speaker().personId(),
					date != null ? date.start() : ctx.referenceDate, f.speaker().statedOffice()) : f.speaker().statedOffice();
			Integer encounterIndex = encounterOf(encounters, f.speaker(), s, date);
			ExtractedParticipant speaker = speaker(f.speaker(), encounters, encounterIndex, office);
			out.add(new ExtractedStatement(speaker, text, f.kind(), f.via(), date, encounterIndex, span));
			previousDate = date;
			previousSpeaker = f.speaker().personId();
			previousIndex = s.index();
		}
		return out;
	}

	private static boolean inQuote(Found f, DateExpression e) {
		return f.segments().stream().anyMatch(g -> e.start() >= g.start() && e.end() <= g.end());
	}

	private static ExtractedParticipant speaker(OfficialMention m, List<ExtractedEncounter> encounters, Integer index,
			String office) {
		if (index != null) {
			for (ExtractedParticipant p : encounters.get(index).participants()) {
				if (p.personId().equals(m.personId())) {
					return p;
				}
			}
		}
		return m.participant(office != null ? office : m.statedOffice());
	}

	/** The encounter a statement belongs to: the one its sentence is evidence of, else the main one its speaker took part in. */
	private static Integer encounterOf(List<ExtractedEncounter> encounters, OfficialMention speaker, Sentence s,
			FuzzyDate date) {
		for (int i = 0; i < encounters.size(); i++) {
			ExtractedEncounter e = encounters.get(i);
			boolean evidence = e.evidence().stream().anyMatch(t -> t.start() == s.start());
			boolean takesPart = e.participants().stream().anyMatch(p -> p.personId().equals(speaker.personId()));
			if (evidence && takesPart) {
				return i;
			}
		}
		for (int i = 0; i < encounters.size(); i++) {
			ExtractedEncounter e = encounters.get(i);
			boolean takesPart = e.participants().stream().anyMatch(p -> p.personId().equals(speaker.personId()));
			if (e.role() == SourceRole.MAIN && takesPart && (date == null || e.date() == null || e.date().overlaps(date))) {
				return i;
			}
		}
		return null;
	}
}
