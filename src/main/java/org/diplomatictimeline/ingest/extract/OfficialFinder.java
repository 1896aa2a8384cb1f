package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplomatictimeline.ingest.reference.CountryRef;
import org.diplomatictimeline.ingest.reference.OfficeRef;
import org.diplomatictimeline.ingest.reference.OfficialRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Finds the officials a sentence names: reference-data officials by any name form, bare family
 * names resolved against the article (a full name written earlier, else the one person of that name
 * in office on the reference date), and officials missing from the data but introduced with a
 * country and an office ("South Korean Foreign Minister Cho Tae-yul").
 */
final class OfficialFinder {

	private static final Set<String> NOT_NAME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
			"sept", "oct", "nov", "dec", "and", "the", "on", "in", "at", "said", "says", "told", "with", "of", "for",
			"to", "was", "is", "has", "had", "will", "who", "as", "after", "before", "during", "but", "also", "when",
			"while", "that");

	private static final String NAME = "[A-Z][\\p{L}'’]+(?:-[\\p{L}]+)?(?:\\s+[A-Z][\\p{L}'’]+(?:-[\\p{L}]+)?){1,2}";

	private static final String PREFIX = "(?:(?:new|then|former|incoming|outgoing|acting|current)[\\s-]+)?";

	private final ReferenceData reference;

	private final NameIndex names;

	private final Map<String, String> adjectiveCountry = new HashMap<>();

	private final Map<String, List<OfficeRef>> officesByTitle = new HashMap<>();

	private final Set<String> titleWords;

	private final Pattern titleBefore;

	private final Pattern counterpartBefore;

	private final Pattern unknownTitled;

	private final Pattern unknownCounterpart;

	OfficialFinder(ReferenceData reference, NameIndex names) {
		this.reference = reference;
		this.names = names;
		for (CountryRef c : reference.countries()) {
			for (String adj : c.adjectives()) {
				adjectiveCountry.put(adj.toLowerCase(Locale.ROOT), c.code());
			}
			adjectiveCountry.put(c.name().toLowerCase(Locale.ROOT) + "'s", c.code());
			adjectiveCountry.put(c.name().toLowerCase(Locale.ROOT) + "’s", c.code());
			for (String alias : c.aliases()) {
				adjectiveCountry.putIfAbsent(alias.toLowerCase(Locale.ROOT) + "'s", c.code());
				adjectiveCountry.putIfAbsent(alias.toLowerCase(Locale.ROOT) + "’s", c.code());
			}
		}
		for (OfficeRef o : reference.offices()) {
			for (String t : o.titles()) {
				officesByTitle.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
			}
		}
		this.titleWords = officesByTitle.keySet()
			.stream()
			.flatMap(t -> Token.of(t, 0).stream())
			.map(Token::lower)
			.collect(Collectors.toSet());
		String adj = alternation(adjectiveCountry.keySet());
		String title = alternation(officesByTitle.keySet());
		this.titleBefore = Pattern.compile("(?i)(?:(?<![\\p{L}])(?<adj>" + adj + ")\\s+)?" + PREFIX + "(?<![\\p{L}])(?<title>"
				+ title + ")\\s*,?\\s*$");
		this.counterpartBefore = Pattern
			.compile("(?i)(?:his|her|their)\\s+(?<adj>" + adj + ")\\s+counterpart\\s*,?\\s*$");
		this.unknownTitled = Pattern.compile("(?<!North\\s)(?<![\\p{L}])(?i:(?<adj>" + adj + "))\\s+(?i:" + PREFIX
				+ "(?<title>" + title + "))\\s+(?<name>" + NAME + ")");
		this.unknownCounterpart = Pattern
			.compile("(?<!North\\s)(?<![\\p{L}])(?i:(?<adj>" + adj + "))\\s+counterpart\\s*,?\\s+(?<name>" + NAME + ")");
	}

	private static String alternation(Iterable<String> phrases) {
		List<String> list = new ArrayList<>();
		phrases.forEach(list::add);
		list.sort(Comparator.comparingInt(String::length).reversed());
		return list.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

	/** Country code for an adjective or possessive ("Japanese", "South Korea's"), or null. */
	String countryOfAdjective(String adjective) {
		return adjectiveCountry.get(adjective.toLowerCase(Locale.ROOT));
	}

	Set<String> adjectives() {
		return adjectiveCountry.keySet();
	}

	List<OfficialMention> find(List<Sentence> sentences, LocalDate referenceDate) {
		List<OfficialMention> out = new ArrayList<>();
		LinkedHashMap<String, Integer> seen = new LinkedHashMap<>();
		Map<String, OfficialMention> introduced = new HashMap<>();
		for (Sentence s : sentences) {
			if (!s.usable()) {
				continue;
			}
			List<OfficialMention> found = new ArrayList<>(findIn(s, referenceDate, seen));
			// a bare family name is the person introduced earlier in the text rather than a namesake in the data
			found.removeIf(m -> m.bare() && m.inReference() && introduced.containsKey(m.name() == null ? ""
					: NameIndex.familyName(m.name(), m.country())) && !seenBefore(seen, m.personId(), s.index()));
			found.addAll(laterMentions(s, found, introduced));
			found.sort(Comparator.comparingInt(OfficialMention::start));
			for (OfficialMention m : found) {
				if (!m.inReference() && !m.bare()) {
					String family = NameIndex.familyName(m.name(), m.country());
					if (family != null) {
						introduced.putIfAbsent(family, m);
					}
				}
			}
			out.addAll(found);
		}
		return out;
	}

	private static boolean seenBefore(Map<String, Integer> seen, String personId, int sentence) {
		Integer at = seen.get(personId);
		return at != null && at < sentence;
	}

	/** "Cho" after "South Korean Foreign Minister Cho Hyun": an official known from the text, named again. */
	private static List<OfficialMention> laterMentions(Sentence s, List<OfficialMention> found,
			Map<String, OfficialMention> introduced) {
		List<OfficialMention> out = new ArrayList<>();
		if (introduced.isEmpty()) {
			return out;
		}
		for (Token t : Token.of(s.text(), s.start())) {
			OfficialMention first = t.capitalized() ? introduced.get(t.lower()) : null;
			if (first == null || found.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) {
				continue;
			}
			out.add(new OfficialMention(s.index(), t.start(), t.end(), first.personId(), first.name(), first.country(),
					first.statedOffice(), false, true));
		}
		return out;
	}

	private List<OfficialMention> findIn(Sentence s, LocalDate referenceDate, Map<String, Integer> seen) {
		List<Token> tokens = Token.of(s.text(), s.start());
		List<OfficialMention> found = new ArrayList<>();
		boolean[] covered = new boolean[tokens.size()];
		for (PhraseIndex.Hit<String> hit : names.fullNames().find(tokens)) {
			if (longerName(s, tokens, hit.from(), hit.to())) {
				continue;
			}
			Title title = titleBefore(s, hit.start(), found);
			String personId = pick(hit.values(), title, referenceDate, seen);
			if (personId == null) {
				continue;
			}
			for (int i = hit.from(); i < hit.to(); i++) {
				covered[i] = true;
			}
			found.add(known(s, hit.start(), hit.end(), personId, title, false));
		}
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (covered[i] || !t.capitalized()) {
				continue;
			}
			Set<String> candidates = names.family(t.lower());
			if (candidates.isEmpty()) {
				continue;
			}
			if (longerName(s, tokens, i, i + 1)) {
				// "Yoon Suk-yul": an unlisted spelling of a listed given name is the same person
				int[] end = new int[1];
				String personId = spellingVariant(s, tokens, i, candidates, end);
				if (personId != null) {
					for (int k = i; k < end[0]; k++) {
						covered[k] = true;
					}
					Title title = titleBefore(s, t.start(), found);
					found.add(known(s, t.start(), tokens.get(end[0] - 1).end(), personId, title, false));
				}
				continue;
			}
			Title title = titleBefore(s, t.start(), found);
			String personId = pick(candidates, title, referenceDate, seen);
			if (personId != null) {
				covered[i] = true;
				found.add(known(s, t.start(), t.end(), personId, title, true));
			}
		}
		found.addAll(unknown(s, found));
		found.sort(Comparator.comparingInt(OfficialMention::start));
		for (OfficialMention m : found) {
			if (!m.bare()) {
				seen.remove(m.personId());
				seen.put(m.personId(), s.index());
			}
		}
		return found;
	}

	private OfficialMention known(Sentence s, int start, int end, String personId, Title title, boolean bare) {
		NameIndex.Person p = names.person(personId);
		String office = null;
		if (title != null) {
			office = title.officeFor(p.country());
		}
		return new OfficialMention(s.index(), start, end, personId, p.name(), p.country(), office, true, bare);
	}

	private static final Set<String> NOT_A_PERSON_AFTER = Set.of("administration", "government", "cabinet", "era",
			"camp", "doctrine", "years", "presidency", "premiership", "regime");

	/** A name followed (or preceded) directly by another capitalized word belongs to someone else. */
	private boolean longerName(Sentence s, List<Token> tokens, int from, int to) {
		if (to < tokens.size() && NOT_A_PERSON_AFTER.contains(tokens.get(to).lower())) {
			return true;
		}
		if (to < tokens.size()) {
			Token next = tokens.get(to);
			String gap = gap(s, tokens.get(to - 1), next);
			if ((gap.equals(" ") || gap.equals("-")) && next.capitalized() && !NOT_NAME_WORDS.contains(next.lower())
					&& !adjectiveCountry.containsKey(next.lower())) {
				return true;
			}
		}
		if (from > 0 && to - from == 1) {
			Token prev = tokens.get(from - 1);
			String gap = gap(s, prev, tokens.get(from));
			if (gap.equals(" ") && prev.capitalized() && from - 1 > 0 && !titleWords.contains(prev.lower())
					&& !NOT_NAME_WORDS.contains(prev.lower()) && !adjectiveCountry.containsKey(prev.lower())
					&& !prev.lower().matches("mr|mrs|ms|dr|korean|japanese|minister|president|premier")) {
				return true;
			}
		}
		return false;
	}

	/** A family name followed by one or two given-name words close in spelling to a listed person's. */
	private String spellingVariant(Sentence s, List<Token> tokens, int i, Set<String> candidates, int[] end) {
		StringBuilder given = new StringBuilder();
		int j = i + 1;
		int words = 0;
		while (j < tokens.size()) {
			String g = gap(s, tokens.get(j - 1), tokens.get(j));
			boolean sameWord = g.equals("-") && !tokens.get(j).capitalized();
			boolean nextWord = (g.equals(" ") || g.equals("-")) && tokens.get(j).capitalized() && words < 2;
			if (!sameWord && !nextWord) {
				break;
			}
			if (nextWord) {
				words++;
			}
			given.append(tokens.get(j).lower());
			j++;
		}
		if (given.length() < 4) {
			return null;
		}
		String match = null;
		for (String c : candidates) {
			NameIndex.Person p = names.person(c);
			for (String form : names.givenNames(c)) {
				if (editDistance(given.toString(), form) <= 2 && Character.toLowerCase(form.charAt(0)) == given.charAt(0)) {
					if (match != null && !match.equals(p.personId())) {
						return null;
					}
					match = p.personId();
				}
			}
		}
		end[0] = j;
		return match;
	}

	static int editDistance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

	private static String gap(Sentence s, Token a, Token b) {
		return s.text().substring(a.end() - s.start(), b.start() - s.start());
	}

	private String pick(Set<String> candidates, Title title, LocalDate referenceDate, Map<String, Integer> seen) {
		if (candidates.size() == 1) {
			return candidates.iterator().next();
		}
		String latest = null;
		int latestIndex = -1;
		for (String c : candidates) {
			Integer at = seen.get(c);
			if (at != null && at >= latestIndex) {
				latest = c;
				latestIndex = at;
			}
		}
		if (latest != null) {
			return latest;
		}
		List<String> pool = new ArrayList<>(candidates);
		if (title != null) {
			List<String> withOffice = pool.stream()
				.filter(c -> reference.terms(c).stream().anyMatch(r -> title.offices().stream()
					.anyMatch(o -> o.office().equals(r.office()) && o.country().equals(r.country()))))
				.toList();
			if (!withOffice.isEmpty()) {
				pool = withOffice;
			}
		}
		if (referenceDate != null) {
			List<String> inOffice = pool.stream()
				.filter(c -> reference.terms(c).stream().anyMatch(r -> r.holdsOn(referenceDate)))
				.toList();
			if (inOffice.size() == 1) {
				return inOffice.get(0);
			}
		}
		return pool.size() == 1 ? pool.get(0) : null;
	}

	/** A title written right before a name, with the offices it can stand for. */
	record Title(String country, List<OfficeRef> offices) {

		String officeFor(String personCountry) {
			String c = country != null ? country : personCountry;
			return offices.stream().filter(o -> o.country().equals(c)).map(OfficeRef::office).findFirst().orElse(null);
		}
	}

	private Title titleBefore(Sentence s, int nameStart, List<OfficialMention> earlier) {
		int rel = nameStart - s.start();
		String before = s.text().substring(Math.max(0, rel - 90), rel);
		Matcher m = titleBefore.matcher(before);
		if (m.find()) {
			String adj = m.group("adj");
			return new Title(adj == null ? null : countryOfAdjective(adj),
					officesByTitle.getOrDefault(m.group("title").toLowerCase(Locale.ROOT), List.of()));
		}
		Matcher c = counterpartBefore.matcher(before);
		if (c.find()) {
			String country = countryOfAdjective(c.group("adj"));
			for (int i = earlier.size() - 1; i >= 0; i--) {
				String office = earlier.get(i).statedOffice();
				if (office != null) {
					List<OfficeRef> same = reference.office(country, office).map(List::of).orElse(List.of());
					return new Title(country, same);
				}
			}
			return new Title(country, List.of());
		}
		return null;
	}

	private List<OfficialMention> unknown(Sentence s, List<OfficialMention> known) {
		List<OfficialMention> out = new ArrayList<>();
		for (Pattern p : List.of(unknownTitled, unknownCounterpart)) {
			if (p == unknownCounterpart && !s.text().contains("counterpart")) {
				continue;
			}
			Matcher m = p.matcher(s.text());
			while (m.find()) {
				String country = countryOfAdjective(m.group("adj"));
				if (country == null) {
					continue;
				}
				String name = trimName(m.group("name"));
				if (name == null) {
					continue;
				}
				int start = s.start() + m.start("name");
				int end = start + name.length();
				boolean overlaps = known.stream().anyMatch(k -> k.start() < end && start < k.end())
						|| out.stream().anyMatch(k -> k.start() < end && start < k.end());
				if (overlaps) {
					continue;
				}
				String office;
				if (p == unknownTitled) {
					office = officesByTitle.getOrDefault(m.group("title").toLowerCase(Locale.ROOT), List.of())
						.stream()
						.filter(o -> o.country().equals(country))
						.map(OfficeRef::office)
						.findFirst()
						.orElse(null);
				}
				else {
					List<OfficialMention> before = new ArrayList<>(known);
					before.addAll(out);
					office = before.stream()
						.filter(k -> k.start() < start && k.statedOffice() != null)
						.max(Comparator.comparingInt(OfficialMention::start))
						.map(OfficialMention::statedOffice)
						.orElse(null);
					if (office != null && reference.office(country, office).isEmpty()) {
						office = null;
					}
				}
				if (office == null) {
					continue;
				}
				out.add(new OfficialMention(s.index(), start, end, slug(name), name, country, office, false, false));
			}
		}
		return out;
	}

	private static String trimName(String name) {
		List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
		while (!words.isEmpty() && NOT_NAME_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
			words.remove(words.size() - 1);
		}
		if (words.size() < 2) {
			return null;
		}
		return String.join(" ", words);
	}

	static String slug(String name) {
		String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	/** The office a person held on a day, the nearest term when none covers it, or null if unknown. */
	static String officeOn(ReferenceData reference, String personId, LocalDate day, String preferred) {
		List<OfficialRef> terms = reference.terms(personId);
		if (terms.isEmpty()) {
			return null;
		}
		if (day == null) {
			if (preferred != null && terms.stream().anyMatch(t -> t.office().equals(preferred))) {
				return preferred;
			}
			return terms.get(terms.size() - 1).office();
		}
		List<OfficialRef> holding = terms.stream().filter(t -> t.holdsOn(day)).toList();
		if (!holding.isEmpty()) {
			if (preferred != null && holding.stream().anyMatch(t -> t.office().equals(preferred))) {
				return preferred;
			}
			return holding.stream().max(Comparator.comparing(OfficialRef::termStart)).get().office();
		}
		return terms.stream()
			.min(Comparator.comparingLong(t -> Math.min(Math.abs(t.termStart().toEpochDay() - day.toEpochDay()),
					t.termEnd() == null ? Long.MAX_VALUE : Math.abs(t.termEnd().toEpochDay() - day.toEpochDay()))))
			.get()
			.office();
	}
}
