package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplomatictimeline.ingest.reference.PlaceRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Finds cities of places.csv in a sentence by name or alias ("Phnom Penh", "New York City"), and
 * capitals described by their country ("the Spanish capital"). Also reads the city of a dateline
 * ("SEOUL, Nov. 2 (Yonhap) --", "NEW YORK —").
 */
final class PlaceFinder {

	private static final Pattern DATELINE = Pattern.compile(
			"^(?<city>[A-Z][\\p{L} .'’-]{0,30}?\\p{L})(?:,\\s*(?<country>[A-Z][A-Za-z. ]{1,30}?))?(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*(?:\\([^)]{1,40}\\))?\\s*(?:(?:--|—|–)\\s*|-\\s)");

	private final PhraseIndex<PlaceRef> names = new PhraseIndex<>(true);

	private final Map<String, PlaceRef> capitalByAdjective = new HashMap<>();

	private final Map<String, PlaceRef> byLowerName = new HashMap<>();

	private final Pattern capitalPhrase;

	PlaceFinder(ReferenceData reference) {
		for (PlaceRef p : reference.places()) {
			names.add(p.city(), p);
			byLowerName.putIfAbsent(p.city().toLowerCase(Locale.ROOT), p);
			for (String alias : p.aliases()) {
				names.add(alias, p);
				byLowerName.putIfAbsent(alias.toLowerCase(Locale.ROOT), p);
			}
			if (p.capital() && p.countryAdjective() != null) {
				capitalByAdjective.putIfAbsent(p.countryAdjective().toLowerCase(Locale.ROOT), p);
			}
		}
		String adjectives = capitalByAdjective.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.capitalPhrase = adjectives.isEmpty() ? null
				: Pattern.compile("(?i)\\bthe\\s+(?<adj>" + adjectives + ")\\s+capital\\b");
	}

	List<PlaceMention> find(Sentence s) {
		return find(s.text(), s.start());
	}

	/** A capital standing for its government: "which Tokyo says", "between Tokyo and Seoul". */
	private static final Pattern METONYM_AFTER = Pattern.compile(
			"^(?:'s|’s)?\\s+(?:says|said|has|had|have|is|was|wants|wanted|insists|insisted|argues|argued|maintains|maintained|regards|regarded|considers|considered|sees|saw|views|viewed|will|would|should|must|hopes|hoped|demands|demanded|agreed|rejected|protested|urged|claims|claimed|believes|accused)\\b");

	/** "Seoul's Gimpo airport", "Tokyo's stance": a possessive city qualifies a noun, unless a locative comes first ("at Tokyo's Akasaka Palace"). */
	private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^(?:'s|’s)\\b");

	private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|near|inside|outside)\\s+$");

	/** "Incheon airport", "Narita and Incheon airports": a place of travel, not of a meeting. */
	private static final Pattern AIRPORT_AFTER = Pattern.compile("^(?:\\s+international)?\\s+airports?\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\b(?:between|both)\\s+$");

	List<PlaceMention> find(String text, int offset) {
		List<PlaceMention> out = new ArrayList<>();
		List<PhraseIndex.Hit<PlaceRef>> hits = names.find(Token.of(text, offset));
		for (int i = 0; i < hits.size(); i++) {
			PhraseIndex.Hit<PlaceRef> hit = hits.get(i);
			PlaceRef p = hit.values().iterator().next();
			String after = text.substring(hit.end() - offset, Math.min(text.length(), hit.end() - offset + 30));
			String before = text.substring(Math.max(0, hit.start() - offset - 12), hit.start() - offset);
			boolean pairWithNext = i + 1 < hits.size()
					&& text.substring(hit.end() - offset, hits.get(i + 1).start() - offset).matches("\\s+(?:and|or)\\s+");
			boolean pairWithPrevious = i > 0
					&& text.substring(hits.get(i - 1).end() - offset, hit.start() - offset).matches("\\s+(?:and|or)\\s+");
			boolean possessive = POSSESSIVE_AFTER.matcher(after).find() && !LOCATIVE_BEFORE.matcher(before).find()
					|| AIRPORT_AFTER.matcher(after).find();
			if (METONYM_AFTER.matcher(after).find() || BETWEEN_BEFORE.matcher(before).find() || pairWithNext || possessive
					|| pairWithPrevious) {
				continue;
			}
			out.add(new PlaceMention(hit.start(), hit.end(), p.city(), p.country()));
		}
		if (capitalPhrase != null && text.contains("capital")) {
			Matcher m = capitalPhrase.matcher(text);
			while (m.find()) {
				PlaceRef p = capitalByAdjective.get(m.group("adj").toLowerCase(Locale.ROOT));
				int a = offset + m.start();
				int b = offset + m.end();
				if (out.stream().noneMatch(x -> x.start() < b + 20 && a < x.end() && x.city().equals(p.city()))) {
					out.add(new PlaceMention(a, b, p.city(), p.country()));
				}
			}
			out.sort(Comparator.comparingInt(PlaceMention::start));
		}
		return out;
	}

	/** The city of a dateline at the start of a sentence, or null. */
	PlaceMention dateline(Sentence s) {
		Matcher m = DATELINE.matcher(s.text());
		if (!m.find()) {
			return null;
		}
		String city = m.group("city").strip();
		PlaceRef p = byLowerName.get(city.toLowerCase(Locale.ROOT));
		int a = s.start() + m.start("city");
		int b = s.start() + m.end("city");
		if (p != null) {
			return new PlaceMention(a, b, p.city(), p.country());
		}
		String country = m.group("country");
		if (country == null) {
			return null;
		}
		return new PlaceMention(a, b, titleCase(city), country.strip());
	}

	private static String titleCase(String upper) {
		StringBuilder sb = new StringBuilder();
		boolean start = true;
		for (char c : upper.toCharArray()) {
			sb.append(start ? c : Character.toLowerCase(c));
			start = c == ' ' || c == '-';
		}
		return sb.toString();
	}
}
