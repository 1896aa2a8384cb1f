package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplomatictimeline.ingest.reference.CountryRef;
import org.diplomatictimeline.ingest.reference.OfficeRef;
import org.diplomatictimeline.ingest.reference.OfficialRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * An official named only by country and title ("Japan's chief government spokesman said", "the South Korean
 * foreign minister told reporters"): the holder of that office on the reference date, from the reference data.
 * Only the two sides' offices count; a title followed by a name is left to {@link OfficialFinder}, and a former or
 * "then" holder is nobody in particular.
 */
final class TitleSpeakerFinder {

	private static final List<String> SIDES = List.of("JP", "KR");

	private final ReferenceData reference;

	private final Map<String, String> adjectiveCountry = new HashMap<>();

	private final Map<String, List<OfficeRef>> officesByTitle = new HashMap<>();

	private final Pattern titled;

	TitleSpeakerFinder(ReferenceData reference) {
		this.reference = reference;
		for (CountryRef c : reference.countries()) {
			if (!SIDES.contains(c.code())) {
				continue;
			}
			for (String adj : c.adjectives()) {
				adjectiveCountry.put(adj.toLowerCase(Locale.ROOT), c.code());
			}
			for (String name : concat(c.name(), c.aliases())) {
				adjectiveCountry.put(name.toLowerCase(Locale.ROOT) + "'s", c.code());
				adjectiveCountry.put(name.toLowerCase(Locale.ROOT) + "’s", c.code());
			}
		}
		for (OfficeRef o : reference.offices()) {
			if (!SIDES.contains(o.country())) {
				continue;
			}
			for (String t : o.titles()) {
				if (t.length() > 2) {
					officesByTitle.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
				}
			}
		}
		this.titled = Pattern.compile("(?<![\\p{L}])(?<former>(?i:former|then|ex-|late|previous)\\s+)?(?<!North\\s)(?i:(?<adj>"
				+ alternation(adjectiveCountry.keySet()) + "))\\s+(?<former2>(?i:former|then-?|ex-)\\s*)?(?i:(?<title>"
				+ alternation(officesByTitle.keySet()) + "))(?![\\p{L}-])(?!\\s*,?\\s+[A-Z][\\p{L}'-]+)");
	}

	/** The officials a sentence names by country and title only, as of the given day. */
	List<OfficialMention> find(Sentence s, LocalDate day) {
		List<OfficialMention> out = new ArrayList<>();
		if (day == null) {
			return out;
		}
		Matcher m = titled.matcher(s.text());
		while (m.find()) {
			if (m.group("former") != null || m.group("former2") != null) {
				continue;
			}
			String country = adjectiveCountry.get(m.group("adj").toLowerCase(Locale.ROOT));
			List<OfficeRef> offices = officesByTitle.getOrDefault(m.group("title").toLowerCase(Locale.ROOT), List.of());
			for (OfficeRef o : offices) {
				if (!o.country().equals(country)) {
					continue;
				}
				Optional<OfficialRef> holder = reference.holder(country, o.office(), day);
				if (holder.isPresent()) {
					OfficialRef h = holder.get();
					out.add(new OfficialMention(s.index(), s.start() + m.start("adj"), s.start() + m.end("title"),
							h.personId(), h.name(), country, o.office(), true, false));
					break;
				}
			}
		}
		return out;
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>(rest);
		all.add(first);
		return all;
	}

	private static String alternation(Iterable<String> phrases) {
		List<String> list = new ArrayList<>();
		phrases.forEach(list::add);
		list.sort(Comparator.comparingInt(String::length).reversed());
		return list.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}
}
