package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomatictimeline.ingest.reference.OfficialRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Every way the press writes the officials of the reference data: the listed name and variants,
 * hyphenated/spaced/joined Korean given names ("Moon Jae-in", "Moon Jae In", "Moon Jaein"), Japanese
 * names in either order ("Fumio Kishida", "Kishida Fumio"), and bare family names (ambiguous, kept
 * apart). Built once; read-only afterwards.
 */
final class NameIndex {

	/** Countries whose names are written family name first. */
	private static final Set<String> FAMILY_FIRST = Set.of("KR", "KP", "CN");

	record Person(String personId, String name, String country) {
	}

	private final PhraseIndex<String> fullNames = new PhraseIndex<>(true);

	private final Map<String, Set<String>> familyNames = new HashMap<>();

	private final Map<String, Person> persons = new HashMap<>();

	private final Map<String, Set<String>> givenNames = new HashMap<>();

	NameIndex(ReferenceData reference) {
		for (OfficialRef row : reference.officials()) {
			persons.putIfAbsent(row.personId(), new Person(row.personId(), row.name(), row.country()));
			List<String> names = new ArrayList<>();
			names.add(row.name());
			names.addAll(row.variants());
			for (String name : names) {
				for (String form : forms(name, row.country())) {
					fullNames.add(form, row.personId());
				}
				String family = familyName(name, row.country());
				if (family != null) {
					familyNames.computeIfAbsent(family, k -> new LinkedHashSet<>()).add(row.personId());
					String given = givenName(name, row.country());
					if (given != null) {
						givenNames.computeIfAbsent(row.personId(), k -> new LinkedHashSet<>()).add(given);
					}
				}
			}
		}
	}

	static List<String> forms(String name, String country) {
		List<String> words = words(name);
		List<String> forms = new ArrayList<>();
		forms.add(String.join(" ", words));
		if (words.size() < 2) {
			return forms;
		}
		if (FAMILY_FIRST.contains(country)) {
			if (words.size() >= 3) {
				// given name written as one word: "Moon Jaein"
				forms.add(words.get(0) + " " + String.join("", words.subList(1, words.size())));
			}
			// given name first, as some outlets write it: "Jae-in Moon"
			forms.add(String.join(" ", words.subList(1, words.size())) + " " + words.get(0));
		}
		else {
			List<String> reversed = new ArrayList<>();
			reversed.add(words.get(words.size() - 1));
			reversed.addAll(words.subList(0, words.size() - 1));
			forms.add(String.join(" ", reversed));
		}
		return forms;
	}

	static String familyName(String name, String country) {
		List<String> words = words(name);
		if (words.size() < 2) {
			return null;
		}
		return (FAMILY_FIRST.contains(country) ? words.get(0) : words.get(words.size() - 1)).toLowerCase();
	}

	/** The given name in lower case without spaces or hyphens ("jaein"), or null. */
	static String givenName(String name, String country) {
		List<String> words = words(name);
		if (words.size() < 2) {
			return null;
		}
		List<String> given = FAMILY_FIRST.contains(country) ? words.subList(1, words.size())
				: words.subList(0, words.size() - 1);
		return String.join("", given).toLowerCase();
	}

	Set<String> givenNames(String personId) {
		return givenNames.getOrDefault(personId, Set.of());
	}

	private static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		for (Token t : Token.of(name, 0)) {
			words.add(t.text());
		}
		return words;
	}

	PhraseIndex<String> fullNames() {
		return fullNames;
	}

	Set<String> family(String lowerWord) {
		return familyNames.getOrDefault(lowerWord, Set.of());
	}

	Person person(String personId) {
		return persons.get(personId);
	}
}
