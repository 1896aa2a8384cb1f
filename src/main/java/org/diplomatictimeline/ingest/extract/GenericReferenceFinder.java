package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.ingest.reference.CountryRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Finds references to the two countries' leaders or foreign ministers as a pair: "Japanese and South
 * Korean leaders", "the leaders of the two countries", "the two foreign ministers", "a Japan-South
 * Korea summit", "between leaders" in a sentence that names both countries.
 */
final class GenericReferenceFinder {

	private static final String LEADERS = "leaders|leader|heads of state|heads of government";

	private static final String MINISTERS = "foreign ministers|top diplomats|foreign minister|ministers|foreign chiefs";

	/** Words of {@link #LEADERS}, {@link #MINISTERS} and the offices of {@code officePair}, lower-case. */
	private static final String[] ROLE_WORDS = { "leader", "heads of", "minister", "diplomat", "chiefs", "premier",
			"president" };

	private final Pattern pairOfAdjectives;

	private final Pattern officesOfPair;

	private final Pattern theTwo = Pattern.compile(
			"(?i)\\b(?:the two|both|their|the two countries'|the two nations'|the two neighbors'|the countries')\\s+(?<role>" + LEADERS + "|" + MINISTERS + ")\\b");

	private final Pattern sentenceStart = Pattern.compile("^(?:The|Both)\\s+(?<role>leaders|foreign ministers|ministers|top diplomats)\\b");

	private final Pattern between = Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?(?:two\\s+)?(?<role>" + LEADERS + "|" + MINISTERS + ")\\b");

	private final Pattern hyphenated;

	private final Pattern officePair;

	private final Pattern three = Pattern.compile(
			"(?i)\\b(?:the three\\s+(?<role>" + LEADERS + "|" + MINISTERS + ")|(?<role2>" + LEADERS + "|" + MINISTERS
					+ ")\\s+of\\s+the\\s+three\\s+(?:countries|nations))\\b");

	private final Pattern ofThreeCountries;

	private final Pattern japan;

	private final Pattern korea;

	GenericReferenceFinder(ReferenceData reference) {
		String jp = words(reference, "JP");
		String kr = words(reference, "KR");
		String pair = "(?:(?:" + jp + ")\\s+and\\s+(?<!north\\s)(?:" + kr + ")|(?<!north\\s)(?:" + kr + ")\\s+and\\s+(?:" + jp + "))";
		this.pairOfAdjectives = Pattern.compile("(?i)(?<!north\\s)\\b" + pair + "(?:'s|’s|')?\\s+(?:top\\s+)?(?<role>" + LEADERS + "|" + MINISTERS + ")\\b");
		this.officesOfPair = Pattern.compile("(?i)\\b(?<role>" + LEADERS + "|" + MINISTERS
				+ ")\\s+of\\s+(?:" + pair + "|the two countries|both countries|the two nations|both nations|the two neighbors|the two neighbours|the two sides)\\b");
		this.hyphenated = Pattern.compile("(?i)\\b(?:(?:" + jp + ")-(?:" + kr + ")|(?:" + kr + ")-(?:" + jp
				+ "))\\s+(?<role>summit|summit talks|summit meeting|foreign ministers'?\\s+(?:meeting|talks)|foreign ministerial talks|leaders'? (?:meeting|talks))\\b");
		String any = "[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)?";
		this.ofThreeCountries = Pattern.compile("(?i)\\b(?<role>" + LEADERS + "|" + MINISTERS + ")\\s+of\\s+(?:(?:" + jp + "|" + kr
				+ ")|(?-i:" + any + ")),\\s+(?:(?:" + jp + "|" + kr + ")|(?-i:" + any + "))\\s+and\\s+(?:(?:" + jp + "|" + kr
				+ ")|(?-i:" + any + "))\\b");
		String role = "(?:premier|prime minister|leader|president|foreign minister|top diplomat)";
		this.officePair = Pattern.compile("(?i)\\bthe\\s+(?:" + jp + "|" + kr + ")\\s+(?<role>" + role + ")\\s+and\\s+(?:the|his|her)\\s+(?:"
				+ jp + "|" + kr + ")\\s+(?:" + role + "|counterpart)\\b");
		this.japan = Pattern.compile("(?i)\\b(?:" + jp + ")\\b");
		this.korea = Pattern.compile("(?i)(?<!North\\s)\\b(?:" + kr + ")\\b");
	}

	private static String words(ReferenceData reference, String code) {
		Set<String> words = new LinkedHashSet<>();
		for (CountryRef c : reference.countries()) {
			if (c.code().equals(code)) {
				words.add(c.name());
				words.addAll(c.adjectives());
				words.addAll(c.aliases());
			}
		}
		return words.stream()
			.filter(w -> !w.isBlank())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

	/** Whether a sentence names both Japan and South Korea (by name, adjective or capital). */
	boolean namesBothCountries(String text) {
		return japan.matcher(text).find() && korea.matcher(text).find();
	}

	List<GenericReference> find(Sentence s) {
		List<GenericReference> out = new ArrayList<>();
		String text = s.text();
		String lower = text.toLowerCase(Locale.ROOT);
		// every pattern but the hyphenated pair needs a role word; most sentences have none
		if (!TextChecks.containsAny(lower, ROLE_WORDS)) {
			if (text.indexOf('-') >= 0) {
				add(out, s, hyphenated.matcher(text));
			}
			return out;
		}
		add(out, s, three.matcher(text), true);
		Matcher m3 = ofThreeCountries.matcher(text);
		while (m3.find()) {
			String group = m3.group();
			if (japan.matcher(group).find() && korea.matcher(group).find()) {
				int a = s.start() + m3.start();
				int b = s.start() + m3.end();
				if (out.stream().noneMatch(g -> g.start() < b && a < g.end())) {
					out.add(new GenericReference(s.index(), a, b, level(m3.group("role")), true));
				}
			}
		}
		add(out, s, pairOfAdjectives.matcher(text));
		Matcher op = officePair.matcher(text);
		while (op.find()) {
			String group = op.group();
			if (japan.matcher(group).find() && korea.matcher(group).find()) {
				int a = s.start() + op.start();
				int b = s.start() + op.end();
				if (out.stream().noneMatch(g -> g.start() < b && a < g.end())) {
					out.add(new GenericReference(s.index(), a, b, level(op.group("role")), false));
				}
			}
		}
		add(out, s, officesOfPair.matcher(text));
		add(out, s, theTwo.matcher(text));
		add(out, s, sentenceStart.matcher(text));
		add(out, s, hyphenated.matcher(text));
		if (namesBothCountries(text)) {
			add(out, s, between.matcher(text));
		}
		// "vice foreign ministers of Japan and South Korea", "deputy ministers": below the level of an encounter
		out.removeIf(g -> BELOW_MINISTER_BEFORE.matcher(text.substring(0, roleStart(text, g, s))).find());
		out.sort(Comparator.comparingInt(GenericReference::start));
		return out;
	}

	private static final java.util.regex.Pattern BELOW_MINISTER_BEFORE = java.util.regex.Pattern
		.compile("(?i)\\b(?:vice|deputy|assistant|junior)[- ]$");

	/**
	 * Where the role word of a reference starts in the sentence ("foreign ministers" in "Japanese and
	 * South Korean vice foreign ministers"), or where the reference starts when it has none.
	 */
	private static int roleStart(String text, GenericReference g, Sentence s) {
		String span = text.substring(g.start() - s.start(), g.end() - s.start()).toLowerCase(Locale.ROOT);
		for (String w : List.of("foreign minister", "minister", "leader", "diplomat")) {
			int i = span.indexOf(w);
			if (i >= 0) {
				return g.start() - s.start() + i;
			}
		}
		return g.start() - s.start();
	}

	private static void add(List<GenericReference> out, Sentence s, Matcher m) {
		add(out, s, m, false);
	}

	private static void add(List<GenericReference> out, Sentence s, Matcher m, boolean three) {
		while (m.find()) {
			int a = s.start() + m.start();
			int b = s.start() + m.end();
			if (out.stream().anyMatch(g -> g.start() < b && a < g.end())) {
				continue;
			}
			String role = m.group("role");
			if (role == null && three) {
				role = m.group("role2");
			}
			out.add(new GenericReference(s.index(), a, b, level(role), three));
		}
	}

	private static EncounterLevel level(String role) {
		String r = role.toLowerCase();
		if (r.equals("foreign minister") || r.equals("top diplomat")) {
			return EncounterLevel.FOREIGN_MINISTERS;
		}
		return r.contains("minister") || r.contains("diplomat") || r.contains("chiefs") ? EncounterLevel.FOREIGN_MINISTERS
				: EncounterLevel.LEADERS;
	}
}
