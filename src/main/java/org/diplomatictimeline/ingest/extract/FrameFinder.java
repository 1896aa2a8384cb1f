package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Finds meeting frames sentence by sentence. A sentence is cut into clauses at "that", "when",
 * "since", "but" and similar joints; a clause that names a Japanese and a South Korean official (or
 * names the pair by office) and holds a meeting word or a joint verb is a frame. A sentence whose
 * two sides sit in different clauses is one frame. One side visiting the other's country is a frame
 * with the counterpart then in office.
 */
final class FrameFinder {

	private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
			";\\s+|,[”\"]?\\s+(?=(?:but|while|which|who|adding|noting|saying|as|whereas|although|though)\\b)|\\s+(?=(?:that|when|whereas|but|since)\\s)|:\\s+");

	private static final Pattern DAYS_AFTER = Pattern
		.compile("(?i)\\b(?<n>\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\\s+(?:days?)\\s+(?<dir>after|before|following|ahead of|prior to)\\b[^.;:]{0,90}$");

	private static final Pattern NOT_TAKING_PART = Pattern
		.compile("(?i)\\b(?:did not|didn't|does not|do not|not) (?:participate|attend|take part|join|meet)\\b");

	private static final Pattern WEEKS_AFTER = Pattern
		.compile("(?i)\\b(?<n>\\d+|one|two|three|a)\\s+weeks?\\s+(?<dir>after|before|following|ahead of|prior to)\\b[^.;:]{0,90}$");

	private final GenericReferenceFinder generics;

	private final ReferenceData reference;

	FrameFinder(ReferenceData reference, GenericReferenceFinder generics) {
		this.reference = reference;
		this.generics = generics;
	}

	List<Frame> find(ArticleContext ctx) {
		List<Frame> frames = new ArrayList<>();
		for (Sentence s : ctx.usable()) {
			frames.addAll(inSentence(ctx, s));
		}
		return frames;
	}

	private List<Frame> inSentence(ArticleContext ctx, Sentence s) {
		List<OfficialMention> named = ctx.officials.get(s.index());
		List<GenericReference> gen = ctx.generics.get(s.index());
		List<Frame> out = new ArrayList<>();
		if (named.isEmpty() && gen.isEmpty()) {
			return out;
		}
		String masked = mask(ctx, s);
		List<int[]> clauses = clauses(s);
		boolean pairInSentence = hasPair(named, s.start(), s.end());
		boolean anyClausePair = false;
		for (int[] c : clauses) {
			List<OfficialMention> inClause = within(named, c[0], c[1]);
			if (hasPair(inClause, c[0], c[1])) {
				anyClausePair = true;
				Frame f = frame(ctx, s, masked, c[0], c[1], inClause, null, null, null);
				if (f != null) {
					out.add(f);
				}
			}
		}
		if (!anyClausePair && pairInSentence) {
			Frame f = frame(ctx, s, masked, s.start(), s.end(), named, null, null, null);
			if (f != null) {
				out.add(f);
			}
			return out;
		}
		if (!gen.isEmpty()) {
			GenericReference g = gen.get(0);
			for (int[] c : clauses) {
				if (hasPair(within(named, c[0], c[1]), c[0], c[1])) {
					continue;
				}
				GenericReference inClause = gen.stream().filter(x -> x.start() >= c[0] && x.end() <= c[1]).findFirst().orElse(g);
				Frame f = frame(ctx, s, masked, c[0], c[1], within(named, c[0], c[1]), inClause, null, null);
				if (f != null) {
					out.add(f);
				}
			}
			return out;
		}
		if (out.isEmpty() && !pairInSentence) {
			Frame visit = visit(ctx, s, masked, named);
			if (visit != null) {
				out.add(visit);
			}
		}
		return out;
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

	private static List<int[]> clauses(Sentence s) {
		List<int[]> out = new ArrayList<>();
		Matcher m = CLAUSE_BOUNDARY.matcher(s.text());
		int from = 0;
		while (m.find()) {
			if (m.start() > from) {
				out.add(new int[] { s.start() + from, s.start() + m.start() });
			}
			from = m.end();
		}
		if (from < s.text().length()) {
			out.add(new int[] { s.start() + from, s.end() });
		}
		return out;
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
			GenericReference generic, EncounterLevel visitBy, String visitCountry) {
		String span = masked.substring(a - s.start(), b - s.start());
		boolean strong = Cues.find(Cues.MEETING, span);
		boolean joint = Cues.find(Cues.JOINT, span);
		if (!strong && !joint || NOT_TAKING_PART.matcher(span).find()) {
			return null;
		}
		boolean wholeSentence = a == s.start() && b == s.end();
		DateExpression date = null;
		for (DateExpression e : ctx.dates.get(s.index())) {
			if (e.since() || e.start() < a || e.end() > b) {
				continue;
			}
			if (e.kind() == DateExpression.Kind.YEAR && !yearIsEventDate(s, e)) {
				continue;
			}
			date = e;
			break;
		}
		Integer daysFromMain = null;
		int firstParticipant = named.stream().mapToInt(OfficialMention::start).min().orElse(a);
		String before = s.text().substring(0, Math.max(0, firstParticipant - s.start()));
		String beforeClause = s.text().substring(0, a - s.start());
		for (String text : List.of(beforeClause, before)) {
			Matcher d = DAYS_AFTER.matcher(text);
			Matcher w = WEEKS_AFTER.matcher(text);
			if (d.find()) {
				int n = Cues.number(d.group("n")) == null ? 1 : Cues.number(d.group("n"));
				daysFromMain = d.group("dir").equalsIgnoreCase("after") || d.group("dir").equalsIgnoreCase("following") ? -n : n;
				break;
			}
			if (w.find()) {
				int n = Cues.number(w.group("n")) == null ? 1 : Cues.number(w.group("n"));
				daysFromMain = (w.group("dir").equalsIgnoreCase("after") || w.group("dir").equalsIgnoreCase("following") ? -7 : 7) * n;
				break;
			}
		}
		String sentenceText = s.text();
		EncounterStatus status;
		boolean planning = Cues.find(Cues.FUTURE, span);
		if (Cues.find(Cues.CANCELLED, sentenceText)) {
			status = EncounterStatus.CANCELLED;
		}
		else if (planning && !Cues.find(Cues.HELD, span)) {
			status = EncounterStatus.PLANNED;
		}
		else {
			status = EncounterStatus.HELD;
		}
		String attrText = wholeSentence ? sentenceText : span;
		PlaceMention place = ctx.places.get(s.index())
			.stream()
			.filter(p -> p.start() >= a && p.end() <= b)
			.findFirst()
			.orElse(null);
		GatheringMention gathering = ctx.gatherings.get(s.index())
			.stream()
			.filter(g -> g.start() >= a && g.end() <= b)
			.findFirst()
			.orElse(null);
		boolean phone = Cues.find(Cues.PHONE, attrText);
		boolean brief = Cues.find(Cues.BRIEF, attrText);
		Formality formality = Cues.find(Cues.INFORMAL, sentenceText) ? Formality.INFORMAL
				: Cues.find(Cues.FORMAL, sentenceText) ? Formality.FORMAL : null;
		Integer duration = Cues.durationMinutes(sentenceText);
		return new Frame(s, a, b, List.copyOf(named), generic, visitBy, visitCountry, date, daysFromMain, status, place,
				gathering, phone, brief, formality, duration, strong, planning);
	}

	/** "in 2019" dates an event; "the 1965 agreement" or "in 2018 ordered" in a background clause does not. */
	private static boolean yearIsEventDate(Sentence s, DateExpression e) {
		String t = s.text().substring(e.start() - s.start(), e.end() - s.start()).toLowerCase();
		return t.startsWith("in ") || t.startsWith("during ");
	}

	private static final Set<String> VISIT_LEVEL_OFFICES = Set.of("prime-minister", "president", "president-elect",
			"acting-president", "foreign-minister");

	/** "Roh made a state visit to Tokyo": one side named, the other side's country as destination. */
	private Frame visit(ArticleContext ctx, Sentence s, String masked, List<OfficialMention> named) {
		if (named.isEmpty() || !Cues.find(Cues.VISIT, masked)) {
			return null;
		}
		Matcher v = Cues.VISIT.matcher(masked);
		if (!v.find()) {
			return null;
		}
		int after = s.start() + v.end();
		OfficialMention visitor = named.stream()
			.filter(m -> m.country().equals("JP") || m.country().equals("KR"))
			.findFirst()
			.orElse(null);
		if (visitor == null) {
			return null;
		}
		String host = visitor.country().equals("JP") ? "KR" : "JP";
		String hostName = reference.country(host).map(c -> c.name()).orElse(null);
		boolean toHost = ctx.places.get(s.index())
			.stream()
			.anyMatch(p -> p.start() >= after && p.start() < after + 40 && p.country().equals(hostName));
		if (!toHost) {
			String rest = s.text().substring(after - s.start(), Math.min(s.text().length(), after - s.start() + 25));
			toHost = reference.country(host)
				.map(c -> rest.matches("(?s)\\s*(?:to\\s+|of\\s+)?(?:" + Pattern.quote(c.name()) + ")\\b.*"))
				.orElse(false);
		}
		if (!toHost) {
			return null;
		}
		String office = OfficialFinder.officeOn(reference, visitor.personId(), ctx.referenceDate, visitor.statedOffice());
		if (office == null || !VISIT_LEVEL_OFFICES.contains(office)) {
			return null;
		}
		EncounterLevel level = office.equals("foreign-minister") ? EncounterLevel.FOREIGN_MINISTERS : EncounterLevel.LEADERS;
		Frame f = frame(ctx, s, masked, s.start(), s.end(), List.of(visitor), null, level, host);
		if (f == null || f.date() == null) {
			return null;
		}
		PlaceMention place = f.place();
		if (place == null || !place.country().equals(hostName)) {
			place = ctx.places.get(s.index()).stream().filter(p -> p.country().equals(hostName)).findFirst().orElse(null);
		}
		return new Frame(f.sentence(), f.start(), f.end(), f.named(), null, level, host, f.date(), f.daysFromMain(),
				f.status(), place, f.gathering(), false, false, f.formality(), f.duration(), true, f.planningWords());
	}
}
