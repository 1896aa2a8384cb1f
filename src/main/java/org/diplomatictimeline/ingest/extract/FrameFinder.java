package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.Formality;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Finds meeting frames sentence by sentence. A sentence is cut into clauses at "that", "when",
 * "since", "but" and similar joints; a clause that names a Japanese and a South Korean official (or
 * names the pair by office) and holds a meeting word or a joint verb is a frame. A sentence whose
 * two sides sit in different clauses is one frame. One side's visit to the other's country with a
 * date ("Yoon's trip to Tokyo in March") is a frame with the counterpart then in office. A sentence
 * that only continues the story ("The call came a day after ...") is an anaphoric frame.
 */
final class FrameFinder {

	private static final String AFTER_EVENT = "after\\s+(?!(?:the|their|his|her|its|a|an)\\s+(?:meeting|talks|summit|call|visit)\\b)"
			+ "(?:the|three|two|four|several|some|\\d+|[A-Z])[^.;]{0,90}?\\s(?:paid|visited|went|made|announced|said|took|sent|were|was)\\s";

	private static final Pattern AFTER_EVENT_CLAUSE = Pattern.compile("^" + AFTER_EVENT);

	private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
			";\\s+|,[”\"]?\\s+(?=(?:but|while|which|who|adding|noting|saying|as|whereas|although|though)\\b)|\\s+(?=(?:that|when|whereas|but|since)\\s)|:\\s+"
					// "... scrapped his visit after three ministers, including X, paid their respects": another event and its actors
					+ "|\\s+(?=" + AFTER_EVENT + ")");


	private static final Pattern DAYS_AFTER = Pattern
		.compile("(?i)\\b(?<n>\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\\s+(?:days?)\\s+(?<dir>after|before|following|ahead of|prior to)\\b[^.;:]{0,90}$");

	private static final Pattern MONTHS_AFTER = Pattern
		.compile("(?i)\\b(?<n>\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a)\\s+months?\\s+(?<dir>after|before|following|ahead of|prior to)\\b[^.;:]{0,90}$");

	private static final Pattern WEEKS_AFTER = Pattern
		.compile("(?i)\\b(?<n>\\d+|one|two|three|a)\\s+weeks?\\s+(?<dir>after|before|following|ahead of|prior to)\\b[^.;:]{0,90}$");

	/** Offsets in whole months are coded as multiples of this many days. */
	static final int MONTH_OFFSET = 100000;

	private static final Pattern SAME_DAY = Pattern.compile("earlier in the day|later in the day|the same day");

	private static final Pattern SAID_BEFORE = Pattern.compile("(?i)\\b(?:said|announced|told reporters|confirmed)\\s+(?:on\\s+)?$");

	private static final Pattern FORMER = Pattern.compile("(?i)\\b(?:former|late|ex-|then-former)\\s*(?:[\\w-]+\\s+){0,3}$");

	private static final Pattern NOT_TAKING_PART = Pattern.compile(
			"(?i)\\b(?:did not|didn't|does not|do not|had not|has not|have not|hadn't|hasn't|haven't|never|not)\\s+(?:yet\\s+|even\\s+)?(?:participate|attend|take part|join|meet|met|spoken|spoke|talked|held|hold|have|talk|speak|sit down)\\b");

	/** A date that belongs to someone's term, not to a meeting: "before he leaves office in January". */
	private static final Pattern TERM_DATE_BEFORE = Pattern.compile(
			"(?i)\\b(?:office|power|the presidency|the premiership|election|inauguration|inaugurated|sworn in|term)\\s+(?:in|on|at the end of|early|late)?\\s*$");

	/** A place someone is invited to is not where they met: "invited Yoon and Kishida to Washington". */
	private static final Pattern INVITED_TO = Pattern.compile("(?i)\\binvit\\w*\\b[^.;]{0,60}\\bto\\s+$");

	/** "since Lee took office in June": someone's start in office, not a meeting with them. */
	private static final Pattern TOOK_OFFICE_AFTER = Pattern.compile(
			"^\\s+(?:took office|was sworn in|was inaugurated|came to power|assumed office|took power|became (?:president|prime minister|foreign minister))\\b");

	/** "Takaichi's predecessor, Shigeru Ishiba": the first name is no participant. */
	private static final Pattern POSSESSIVE_RELATION = Pattern.compile(
			"^(?:'s|’s)\\s+(?:\\w+\\s+)?(?:predecessor|successor|wife|husband|father|mother|brother|sister|government|administration|cabinet|party|aides?|spokes\\w+|office|remarks|letter|decision|statement)\\b");

	private static final Pattern VISIT_AFTER_NAME = Pattern.compile(
			"^(?:'s|’s)?\\s+(?:(?:made|paid|make|pay|makes|pays)\\s+(?:a|an|his|her)\\s+)?(?:(?:first|second|third|state|official|working|[\\w]+-day|recent|historic|bilateral|return|reciprocal|overseas)\\s+)*(?:visit|trip|visited|travel(?:l)?ed)\\s+(?:to\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> VISIT_LEVEL_OFFICES = Set.of("prime-minister", "president", "president-elect",
			"acting-president", "foreign-minister");

	private final ReferenceData reference;

	FrameFinder(ReferenceData reference, GenericReferenceFinder generics) {
		this.reference = reference;
	}

	private static final Pattern THEY = Pattern.compile("^(?:They|The pair|Both)\\b");

	List<Frame> find(ArticleContext ctx) {
		List<Frame> frames = new ArrayList<>();
		GenericReference previousPair = null;
		for (Sentence s : ctx.usable()) {
			List<Frame> in = inSentence(ctx, s);
			if (in.isEmpty() && previousPair != null && ctx.officials.get(s.index()).isEmpty()
					&& ctx.generics.get(s.index()).isEmpty() && THEY.matcher(s.text()).find()) {
				GenericReference they = new GenericReference(s.index(), s.start(), s.start() + 4, previousPair.level(),
						false);
				Frame f = frame(ctx, s, mask(ctx, s), s.start(), s.end(), List.of(), they, null, null, new HashSet<>());
				if (f != null && f.strong()) {
					in.add(f);
				}
			}
			previousPair = ctx.generics.get(s.index()).stream().filter(g -> !g.three()).findFirst().orElse(null);
			if (in.isEmpty() && !s.caption() && Cues.ANAPHOR.matcher(s.text()).find()) {
				Frame f = frame(ctx, s, mask(ctx, s), s.start(), s.end(), List.of(), null, null, null, Set.of());
				if (f != null || Cues.find(Cues.PHONE, s.text())) {
					in.add(anaphor(ctx, s, f));
				}
			}
			frames.addAll(splitPlaceDatePairs(ctx, s, in));
		}
		return frames;
	}

	private static final Pattern PLACE_DATE_GAP = Pattern.compile("(?i)(?:,?\\s*[\\w.]*\\s*(?:,\\s*)?)?\\s*(?:in|on)?\\s*");

	/** "two summits ... in Tokyo in August and in Busan on Sept. 30": one frame per place with its date. */
	private static List<Frame> splitPlaceDatePairs(ArticleContext ctx, Sentence s, List<Frame> frames) {
		List<Frame> out = new ArrayList<>();
		for (Frame f : frames) {
			List<Frame> pairs = new ArrayList<>();
			if (f.date() != null && f.visitBy() == null && !f.anaphor()) {
				for (PlaceMention p : ctx.places.get(s.index())) {
					if (p.start() < f.start() || p.end() > f.end()
							|| ctx.dateline != null && p.start() == ctx.dateline.start()) {
						continue;
					}
					for (DateExpression e : ctx.dates.get(s.index())) {
						String gap = e.start() >= p.end() ? ctx.body.substring(p.end(), e.start()) : "";
						if (e.start() >= p.end() && PLACE_DATE_GAP.matcher(gap).matches() && !e.since()) {
							pairs.add(new Frame(f.sentence(), f.start(), f.end(), f.named(), f.generic(), f.visitBy(),
									f.visitCountry(), e, f.daysFromMain(), f.status(), p, f.gathering(), f.phone(), f.brief(),
									f.formality(), f.duration(), f.strong(), f.planningWords(), f.trilateral(), f.anaphor()));
							break;
						}
					}
				}
			}
			if (pairs.size() >= 2) {
				out.addAll(pairs);
			}
			else {
				out.add(f);
			}
		}
		return out;
	}

	private Frame anaphor(ArticleContext ctx, Sentence s, Frame f) {
		String text = s.text();
		PlaceMention place = ctx.places.get(s.index()).stream().findFirst().orElse(null);
		GatheringMention gathering = ctx.gatherings.get(s.index()).stream().findFirst().orElse(null);
		Formality formality = Cues.find(Cues.INFORMAL, text) ? Formality.INFORMAL
				: Cues.find(Cues.FORMAL, text) ? Formality.FORMAL : null;
		return new Frame(s, s.start(), s.end(), List.of(), null, null, null, null, null, EncounterStatus.HELD, place,
				gathering, Cues.find(Cues.PHONE, text), Cues.find(Cues.BRIEF, text), formality,
				Cues.durationMinutes(text), false, false, false, true);
	}

	private List<Frame> inSentence(ArticleContext ctx, Sentence s) {
		List<Frame> out = pairFrames(ctx, s);
		if (out.isEmpty()) {
			// only where no pair meets in the sentence: "talks on the sidelines of a trilateral summit" are the pair's
			for (GatheringMention g : ctx.gatherings.get(s.index())) {
				if (g.series().threeWay()) {
					Frame f = threeWayGathering(ctx, s, g);
					if (f != null) {
						out.add(f);
						break;
					}
				}
			}
		}
		return out;
	}

	/**
	 * "Leaders of Japan, China and South Korea began a trilateral summit": a gathering that is itself
	 * a three-way meeting names its participants by their offices. Its name is the cue; the people
	 * are the holders of the offices on its date (unless the sentence names them).
	 */
	private Frame threeWayGathering(ArticleContext ctx, Sentence s, GatheringMention g) {
		List<OfficialMention> named = ctx.officials.get(s.index())
			.stream()
			.filter(m -> m.country().equals(g.series().thirdCountry()))
			.toList();
		GenericReference generic = new GenericReference(s.index(), g.start(), g.end(), g.series().level(), true);
		return frame(ctx, s, s.text(), s.start(), s.end(), named, generic, null, null, new HashSet<>());
	}

	private List<Frame> pairFrames(ArticleContext ctx, Sentence s) {
		List<OfficialMention> named = ctx.officials.get(s.index())
			.stream()
			.filter(m -> !FORMER.matcher(ctx.body.substring(Math.max(s.start(), m.start() - 40), m.start())).find())
			.filter(m -> !POSSESSIVE_RELATION.matcher(ctx.body.substring(m.end(), Math.min(s.end(), m.end() + 40))).find())
			.filter(m -> !TOOK_OFFICE_AFTER.matcher(ctx.body.substring(m.end(), Math.min(s.end(), m.end() + 40))).find())
			.toList();
		List<GenericReference> gen = ctx.generics.get(s.index());
		List<Frame> out = new ArrayList<>();
		if (named.isEmpty() && gen.isEmpty()) {
			out.addAll(pronounFrames(ctx, s, mask(ctx, s), List.of(), new HashSet<>()));
			return out;
		}
		String masked = mask(ctx, s);
		Set<DateExpression> consumed = new HashSet<>();
		out.addAll(visits(ctx, s, masked, named, consumed));
		List<int[]> clauses = clauses(s);
		boolean pairInSentence = hasPair(named, s.start(), s.end());
		boolean anyClausePair = false;
		for (int[] c : clauses) {
			List<OfficialMention> inClause = within(named, c[0], c[1]);
			if (hasPair(inClause, c[0], c[1])) {
				Frame f = frame(ctx, s, masked, c[0], c[1], inClause, null, null, null, consumed);
				if (f != null) {
					anyClausePair = true;
					out.add(f);
				}
			}
		}
		boolean wholeSentenceFrame = false;
		if (!anyClausePair && pairInSentence) {
			// the two sides in different clauses of one statement; but not across coordinated statements
			// ("Moon met Kim on Friday, and Abe welcomed the outcome")
			List<OfficialMention> actors = new ArrayList<>(named);
			for (int[] c : clauses) {
				if (AFTER_EVENT_CLAUSE.matcher(s.text().substring(c[0] - s.start())).find()) {
					// the actors of the event that came before are not at the meeting
					actors.removeAll(within(named, c[0], c[1]));
				}
			}
			for (int[] part : parts(s)) {
				List<OfficialMention> inPart = within(actors, part[0], part[1]);
				if (!hasPair(inPart, part[0], part[1])) {
					continue;
				}
				Frame f = frame(ctx, s, masked, part[0], part[1], inPart, null, null, null, consumed);
				if (f != null) {
					out.add(f);
					wholeSentenceFrame = true;
				}
			}
		}
		if (wholeSentenceFrame) {
			return out;
		}
		if (out.size() == 1 && out.get(0).date() == null && out.get(0).generic() == null && out.get(0).visitBy() == null
				&& out.get(0).strong() && out.get(0).daysFromMain() == null && gen.isEmpty()) {
			// the sentence's only meeting: a date in another clause of it is the meeting's ("... in December 2019, when Abe, Moon and Li met")
			Frame f = out.get(0);
			DateExpression other = ctx.dates.get(s.index())
				.stream()
				.filter(e -> !e.since() && !consumed.contains(e) && !inDateline(s, e) && e.month() != null)
				.findFirst()
				.orElse(null);
			if (other != null) {
				out.set(0, new Frame(f.sentence(), f.start(), f.end(), f.named(), f.generic(), f.visitBy(), f.visitCountry(),
						other, null, f.status(), f.place() != null ? f.place() : firstPlace(ctx, s), f.gathering(), f.phone(),
						f.brief(), f.formality(), f.duration(), f.strong(), f.planningWords(), f.trilateral(), false));
			}
		}
		if (gen.isEmpty()) {
			out.addAll(pronounFrames(ctx, s, masked, named, consumed));
		}
		if (!gen.isEmpty()) {
			GenericReference g = gen.get(0);
			for (int[] c : clauses) {
				if (hasPair(within(named, c[0], c[1]), c[0], c[1])) {
					continue;
				}
				GenericReference inClause = gen.stream().filter(x -> x.start() >= c[0] && x.end() <= c[1]).findFirst().orElse(g);
				List<OfficialMention> third = inClause.three() ? thirdParties(named) : within(named, c[0], c[1]);
				Frame f = frame(ctx, s, masked, c[0], c[1], third, inClause, null, null, consumed);
				if (f != null) {
					out.add(f);
				}
			}
		}
		return out;
	}

	private static PlaceMention firstPlace(ArticleContext ctx, Sentence s) {
		return ctx.places.get(s.index())
			.stream()
			.filter(p -> ctx.dateline == null || p.start() != ctx.dateline.start())
			.findFirst()
			.orElse(null);
	}

	/** "since their talks in Ibusuki last December": the pair named just before, met on another date. */
	private List<Frame> pronounFrames(ArticleContext ctx, Sentence s, String masked, List<OfficialMention> named,
			Set<DateExpression> consumed) {
		List<Frame> out = new ArrayList<>();
		for (int[] c : clauses(s)) {
			boolean sideNamed = within(named, c[0], c[1]).stream()
				.anyMatch(m -> m.country().equals("JP") || m.country().equals("KR"));
			if (sideNamed) {
				continue;
			}
			String clause = s.text().substring(c[0] - s.start(), c[1] - s.start());
			if (!Cues.find(Cues.PAIR_PRONOUN, clause)) {
				continue;
			}
			GenericReference pair = new GenericReference(s.index(), c[0], c[0], null, false);
			Frame f = frame(ctx, s, masked, c[0], c[1], List.of(), pair, null, null, consumed);
			if (f != null && f.strong() && f.date() != null && f.status() == EncounterStatus.HELD) {
				out.add(f);
			}
		}
		return out;
	}

	private static List<OfficialMention> thirdParties(List<OfficialMention> named) {
		return named.stream().filter(m -> !m.country().equals("JP") && !m.country().equals("KR")).toList();
	}

	/** The sentence with gathering names and below-minister meetings blanked out, so their words are no cue. */
	private static String mask(ArticleContext ctx, Sentence s) {
		char[] chars = s.text().toCharArray();
		for (GatheringMention g : ctx.gatherings.get(s.index())) {
			for (int i = g.start(); i < g.end(); i++) {
				chars[i - s.start()] = ' ';
			}
		}
		String text = new String(chars);
		Matcher m = Cues.BELOW_MINISTER.matcher(text);
		StringBuilder sb = new StringBuilder(text);
		while (m.find()) {
			for (int i = m.start(); i < m.end(); i++) {
				sb.setCharAt(i, ' ');
			}
		}
		return sb.toString();
	}

	private static final Pattern COORDINATION = Pattern.compile(";\\s+|,\\s+(?:and|but|while|whereas)\\s+(?=[A-Z])");

	/** Independent statements of a sentence: split at ";" and at ", and" before a new subject. */
	private static List<int[]> parts(Sentence s) {
		List<int[]> out = new ArrayList<>();
		Matcher m = COORDINATION.matcher(s.text());
		int from = 0;
		while (m.find()) {
			if (!FINITE_VERB.matcher(s.text().substring(from, m.start())).find()) {
				continue;
			}
			out.add(new int[] { s.start() + from, s.start() + m.start() });
			from = m.end();
		}
		out.add(new int[] { s.start() + from, s.end() });
		return out;
	}

	private static final Pattern FINITE_VERB = Pattern.compile(
			"(?i)\\b(?:\\w+ed|met|held|spoke|said|says|told|took|made|had|has|have|was|were|is|are|will|would|began|came|gave|sent|won|left|went|saw)\\b");

	private static List<int[]> clauses(Sentence s) {
		List<int[]> out = new ArrayList<>();
		String text = s.text();
		Matcher m = CLAUSE_BOUNDARY.matcher(text);
		Matcher c = COORDINATION.matcher(text);
		List<int[]> cuts = new ArrayList<>();
		while (m.find()) {
			cuts.add(new int[] { m.start(), m.end() });
		}
		int last = 0;
		while (c.find()) {
			// ", and Abe welcomed ..." starts a new statement only when the one before it is complete,
			// not inside a list of names ("Kishida, Biden, and Yoon met")
			if (FINITE_VERB.matcher(text.substring(last, c.start())).find()) {
				cuts.add(new int[] { c.start(), c.end() });
			}
			last = c.end();
		}
		cuts.sort(java.util.Comparator.comparingInt(x -> x[0]));
		int from = 0;
		for (int[] cut : cuts) {
			if (cut[0] < from) {
				continue;
			}
			if (cut[0] > from) {
				out.add(new int[] { s.start() + from, s.start() + cut[0] });
			}
			from = cut[1];
		}
		if (from < text.length()) {
			out.add(new int[] { s.start() + from, s.end() });
		}
		return out;
	}

	/** "had been scheduled to", "was to have": a plan told in the past perfect, the usual way news tells a plan that fell through. */
	private static final Pattern PLAN_IN_PAST = Pattern.compile(
			"(?i)\\b(?:had been (?:scheduled|due|set|slated|expected|planned|supposed) to|(?:was|were) to have)\\b");

	/** A plan told in the past perfect right after a sentence that reports a cancellation is the cancelled plan. */
	private static boolean abandonedPlan(ArticleContext ctx, Sentence s) {
		if (!PLAN_IN_PAST.matcher(s.text()).find()) {
			return false;
		}
		for (int k = s.index() - 1; k >= Math.max(0, s.index() - 2); k--) {
			Sentence p = ctx.sentences.get(k);
			if (p.usable() && Cues.find(Cues.CANCELLED, p.text())) {
				return true;
			}
		}
		return false;
	}

	/** "... ahead of a three-way meeting with Chinese Foreign Minister Wang Yi": a guest of the other meeting. */
	private static final Pattern OTHER_MEETING_WITH = Pattern.compile(
			"(?i)\\b(?:ahead of|before|after|followed by|prior to)\\s+(?:(?:a|an|the|their|his|her)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:meeting|talks|summit|session|dinner|call)\\s+with\\s+(?:[\\p{L}.'’-]+\\s+){0,5}$");

	private static List<OfficialMention> withoutOtherMeetingsGuests(ArticleContext ctx, Sentence s, List<OfficialMention> named) {
		List<OfficialMention> out = new ArrayList<>();
		for (OfficialMention m : named) {
			boolean third = !m.country().equals("JP") && !m.country().equals("KR");
			if (third && OTHER_MEETING_WITH.matcher(ctx.body.substring(Math.max(s.start(), m.start() - 100), m.start())).find()) {
				continue;
			}
			out.add(m);
		}
		return out.size() == named.size() ? named : out;
	}

	private static List<OfficialMention> within(List<OfficialMention> named, int a, int b) {
		return named.stream().filter(m -> m.start() >= a && m.end() <= b).toList();
	}

	static boolean hasPair(List<OfficialMention> named, int a, int b) {
		boolean jp = named.stream().anyMatch(m -> m.country().equals("JP") && m.start() >= a && m.end() <= b);
		boolean kr = named.stream().anyMatch(m -> m.country().equals("KR") && m.start() >= a && m.end() <= b);
		return jp && kr;
	}

	private Frame frame(ArticleContext ctx, Sentence s, String masked, int a, int b, List<OfficialMention> named,
			GenericReference generic, EncounterLevel visitBy, String visitCountry, Set<DateExpression> consumed) {
		named = withoutOtherMeetingsGuests(ctx, s, named);
		String span = masked.substring(a - s.start(), b - s.start());
		boolean strong = Cues.find(Cues.MEETING, span) || Cues.find(Cues.PHONE, span);
		boolean joint = Cues.find(Cues.JOINT, span);
		if (!strong && !joint || NOT_TAKING_PART.matcher(span).find()) {
			return null;
		}
		if (Cues.find(Cues.SPECULATIVE, span) && !Cues.find(Cues.STRONG_PAST, span)) {
			// a meeting someone only considers is no encounter, held or planned
			return null;
		}
		boolean wholeSentence = a == s.start() && b == s.end();
		boolean cancelled = Cues.find(Cues.CANCELLED, s.text()) || abandonedPlan(ctx, s);
		DateExpression date = null;
		boolean sameDayAsMain = false;
		for (DateExpression e : ctx.dates.get(s.index())) {
			if (e.since() || e.start() < a || e.end() > b || consumed.contains(e)) {
				continue;
			}
			if (insideQuotes(s, e.start())) {
				// "Today marks a new start," he said: the speaker's day, not the meeting's
				continue;
			}
			String words = ctx.body.substring(e.start(), e.end()).toLowerCase();
			if (SAME_DAY.matcher(words).matches()) {
				sameDayAsMain = true;
				continue;
			}
			if (SAID_BEFORE.matcher(ctx.body.substring(Math.max(s.start(), e.start() - 22), e.start())).find()) {
				// "will visit Seoul next week, officials said Monday", "have held talks, the ministry said
				// Friday": the day after "said" dates the announcement, not the meeting
				continue;
			}
			if (inDateline(s, e) && (cancelled || otherDate(ctx, s, e, a, b))) {
				continue;
			}
			if (e.kind() == DateExpression.Kind.YEAR && !yearIsEventDate(s, e)) {
				continue;
			}
			if (TERM_DATE_BEFORE.matcher(ctx.body.substring(Math.max(s.start(), e.start() - 30), e.start())).find()) {
				continue;
			}
			if (e.kind() == DateExpression.Kind.MONTH && e.month() == null) {
				e = monthOfPrevious(ctx, s, e);
				if (e == null) {
					continue;
				}
			}
			date = e;
			break;
		}
		Integer daysFromMain = sameDayAsMain && date == null ? 0 : null;
		int firstParticipant = named.stream().mapToInt(OfficialMention::start).min().orElse(a);
		String before = s.text().substring(0, Math.max(0, firstParticipant - s.start()));
		String beforeClause = s.text().substring(0, a - s.start());
		for (String text : List.of(beforeClause, before)) {
			Matcher d = DAYS_AFTER.matcher(text);
			Matcher w = WEEKS_AFTER.matcher(text);
			Matcher mo = MONTHS_AFTER.matcher(text);
			if (mo.find()) {
				int n = Cues.number(mo.group("n")) == null ? 1 : Cues.number(mo.group("n"));
				daysFromMain = (isAfter(mo.group("dir")) ? -1 : 1) * MONTH_OFFSET * n;
				break;
			}
			if (d.find()) {
				int n = Cues.number(d.group("n")) == null ? 1 : Cues.number(d.group("n"));
				daysFromMain = isAfter(d.group("dir")) ? -n : n;
				break;
			}
			if (w.find()) {
				int n = Cues.number(w.group("n")) == null ? 1 : Cues.number(w.group("n"));
				daysFromMain = (isAfter(w.group("dir")) ? -7 : 7) * n;
				break;
			}
		}
		String sentenceText = s.text();
		EncounterStatus status;
		boolean planning = Cues.find(Cues.FUTURE, span);
		if (cancelled) {
			status = EncounterStatus.CANCELLED;
		}
		else if (planning && !Cues.find(Cues.STRONG_PAST, span)) {
			status = EncounterStatus.PLANNED;
		}
		else {
			status = EncounterStatus.HELD;
		}
		PlaceMention place = ctx.places.get(s.index())
			.stream()
			.filter(p -> p.start() >= a && p.end() <= b)
			.filter(p -> ctx.dateline == null || p.start() != ctx.dateline.start())
			.filter(p -> !INVITED_TO.matcher(ctx.body.substring(Math.max(s.start(), p.start() - 70), p.start())).find())
			.findFirst()
			.orElse(null);
		GatheringMention gathering = ctx.gatherings.get(s.index())
			.stream()
			.filter(g -> g.start() >= a && g.end() <= b)
			.findFirst()
			.orElse(null);
		boolean phone = Cues.find(Cues.PHONE, sentenceText);
		boolean brief = Cues.find(Cues.BRIEF, sentenceText);
		Formality formality = Cues.find(Cues.INFORMAL, sentenceText) ? Formality.INFORMAL
				: Cues.find(Cues.FORMAL, span) && !Cues.find(Cues.NO_FORMAL, span) ? Formality.FORMAL : null;
		Integer duration = Cues.durationMinutes(wholeSentence ? sentenceText : span);
		if (duration == null) {
			duration = Cues.durationMinutes(sentenceText);
		}
		boolean shortChat = duration != null && duration <= 15
				&& !Cues.find(Cues.TALKS_WORD, wholeSentence ? masked : masked.substring(a - s.start(), b - s.start()));
		boolean trilateral = named.stream().anyMatch(m -> !m.country().equals("JP") && !m.country().equals("KR"))
				|| generic != null && generic.three();
		return new Frame(s, a, b, List.copyOf(named), generic, visitBy, visitCountry, date, daysFromMain, status, place,
				gathering, phone, brief || shortChat, formality, duration, strong, planning, trilateral, false);
	}

	private static final Pattern DATELINE_PREFIX = Pattern.compile("^[A-Z][A-Z .,'’-]*(?:,\\s*[A-Z][A-Za-z. ]+)?,\\s*$");

	/** A date written in the dateline ("SEOUL, July 19 (Wire) --") dates the report, not necessarily the event. */
	private static boolean inDateline(Sentence s, DateExpression e) {
		return e.start() - s.start() < 50
				&& DATELINE_PREFIX.matcher(s.text().substring(0, e.start() - s.start())).find();
	}

	private static boolean otherDate(ArticleContext ctx, Sentence s, DateExpression e, int a, int b) {
		return ctx.dates.get(s.index())
			.stream()
			.anyMatch(o -> o != e && !o.since() && o.start() >= a && o.end() <= b);
	}

	/** "later that month" as the month of the date written before it in the sentence. */
	private static DateExpression monthOfPrevious(ArticleContext ctx, Sentence s, DateExpression e) {
		DateExpression previous = null;
		for (DateExpression p : ctx.dates.get(s.index())) {
			if (p.start() < e.start() && p.month() != null) {
				previous = p;
			}
		}
		if (previous == null) {
			return null;
		}
		boolean withYear = previous.year() != null;
		return new DateExpression(e.start(), e.end(), withYear ? DateExpression.Kind.MONTH_YEAR : DateExpression.Kind.MONTH,
				previous.year(), previous.month(), null, null,
				previous.kind() == DateExpression.Kind.MONTH ? previous.offset() : Integer.MIN_VALUE, false, previous.future());
	}

	private static boolean insideQuotes(Sentence s, int at) {
		int straight = 0;
		int curly = 0;
		for (int i = 0; i < at - s.start(); i++) {
			char c = s.text().charAt(i);
			if (c == '"') {
				straight++;
			}
			else if (c == '“') {
				curly++;
			}
			else if (c == '”') {
				curly--;
			}
		}
		return straight % 2 == 1 || curly > 0;
	}

	private static boolean isAfter(String dir) {
		return dir.equalsIgnoreCase("after") || dir.equalsIgnoreCase("following");
	}

	/** "in 2019" dates an event; "the 1965 agreement" or "in 2018 ordered" in a background clause does not. */
	private static boolean yearIsEventDate(Sentence s, DateExpression e) {
		String t = s.text().substring(e.start() - s.start(), e.end() - s.start()).toLowerCase();
		return t.startsWith("in ") || t.startsWith("during ") || t.startsWith("the ");
	}

	/** "Yoon's trip to Tokyo in March", "Roh made a state visit to Tokyo in June last year", "Kishida visited Seoul on May 7". */
	private List<Frame> visits(ArticleContext ctx, Sentence s, String masked, List<OfficialMention> named,
			Set<DateExpression> consumed) {
		List<Frame> out = new ArrayList<>();
		for (OfficialMention visitor : named) {
			if (!visitor.country().equals("JP") && !visitor.country().equals("KR")) {
				continue;
			}
			String host = visitor.country().equals("JP") ? "KR" : "JP";
			String hostName = reference.country(host).map(c -> c.name()).orElse("");
			PlaceMention place = null;
			for (PlaceMention p : ctx.places.get(s.index())) {
				if (p.start() <= visitor.end() || !p.country().equals(hostName)) {
					continue;
				}
				String between = s.text().substring(visitor.end() - s.start(), p.start() - s.start());
				if (between.length() <= 60 && VISIT_AFTER_NAME.matcher(between).find()) {
					place = p;
				}
				break;
			}
			if (place == null) {
				continue;
			}
			PlaceMention at = place;
			DateExpression date = ctx.dates.get(s.index())
				.stream()
				.filter(e -> !e.since() && e.start() >= at.end() && e.start() - at.end() <= 30
						&& !s.text().substring(at.end() - s.start(), e.start() - s.start()).contains(" and "))
				.findFirst()
				.orElse(null);
			if (date == null) {
				continue;
			}
			String office = OfficialFinder.officeOn(reference, visitor.personId(), ctx.referenceDate, visitor.statedOffice());
			if (office == null || !VISIT_LEVEL_OFFICES.contains(office)) {
				continue;
			}
			EncounterLevel level = office.equals("foreign-minister") ? EncounterLevel.FOREIGN_MINISTERS : EncounterLevel.LEADERS;
			consumed.add(date);
			String text = s.text();
			EncounterStatus status = Cues.find(Cues.CANCELLED, text) ? EncounterStatus.CANCELLED
					: Cues.find(Cues.FUTURE, text) && !Cues.find(Cues.STRONG_PAST, text) ? EncounterStatus.PLANNED
					: EncounterStatus.HELD;
			out.add(new Frame(s, visitor.start(), date.end(), List.of(visitor), null, level, host, date, null, status, at,
					null, false, false, null, null, true, status == EncounterStatus.PLANNED, false, false));
		}
		return out;
	}
}
