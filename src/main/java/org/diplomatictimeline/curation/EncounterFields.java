package org.diplomatictimeline.curation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.Formality;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.encounter.AccountKey;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.Participation;
import org.diplomatictimeline.person.Person;
import org.diplomatictimeline.person.PersonRepository;

/**
 * The correctable fields of an encounter as text, the form a correction stores: a date as
 * "2015-11-02", "2015-11" or "2015"; kinds and levels by their codes; participants as person keys
 * joined by '+'; an empty value for "none".
 */
final class EncounterFields {

	static final List<String> NAMES = List.of("date", "city", "country", "occasion", "kind", "level", "status",
			"formality", "duration", "participants");

	private EncounterFields() {
	}

	static String read(Encounter e, String field) {
		return switch (field) {
			case "date" -> e.getDate() == null ? "" : dateText(e.getDate());
			case "city" -> text(e.getCity());
			case "country" -> text(e.getCountry());
			case "occasion" -> text(e.getOccasion());
			case "kind" -> e.getKind().code();
			case "level" -> e.getLevel().code();
			case "status" -> e.getStatus().code();
			case "formality" -> e.getFormality() == null ? "" : e.getFormality().code();
			case "duration" -> e.getDurationMinutes() == null ? "" : e.getDurationMinutes().toString();
			case "participants" -> AccountKey.people(e.getParticipants().stream().map(p -> p.getPerson().getKey()).toList());
			default -> throw new IllegalArgumentException("not a field: " + field);
		};
	}

	/**
	 * Checks and normalises an editor's value ("2015-11-2" is refused, " Seoul " is "Seoul").
	 *
	 * @throws IllegalArgumentException naming what is wrong
	 */
	static String normalise(String field, String value) {
		String v = value == null ? "" : value.strip();
		switch (field) {
			case "date" -> {
				if (!v.isEmpty()) {
					if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
						throw new IllegalArgumentException("date");
					}
					try {
						return dateText(FuzzyDate.parse(v));
					}
					catch (RuntimeException e) {
						throw new IllegalArgumentException("date", e);
					}
				}
				return v;
			}
			case "kind" -> check(field, () -> EncounterKind.fromCode(v));
			case "level" -> check(field, () -> EncounterLevel.fromCode(v));
			case "status" -> check(field, () -> EncounterStatus.fromCode(v));
			case "formality" -> {
				if (!v.isEmpty()) {
					check(field, () -> Formality.fromCode(v));
				}
			}
			case "duration" -> {
				if (!v.isEmpty() && (!v.matches("\\d{1,4}") || Integer.parseInt(v) == 0)) {
					throw new IllegalArgumentException("duration");
				}
			}
			case "participants" -> {
				Set<String> keys = keys(v);
				if (keys.size() < 2) {
					throw new IllegalArgumentException("participants");
				}
				return AccountKey.people(keys);
			}
			case "city", "country", "occasion" -> {
				if (v.length() > 200) {
					throw new IllegalArgumentException(field);
				}
			}
			default -> throw new IllegalArgumentException("not a field: " + field);
		}
		return v;
	}

	private static void check(String field, Runnable parse) {
		try {
			parse.run();
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException(field, e);
		}
	}

	static void write(Encounter e, String field, String value, PersonRepository persons) {
		String v = value == null ? "" : value;
		switch (field) {
			case "date" -> e.setDate(v.isEmpty() ? null : FuzzyDate.parse(v));
			case "city" -> e.setCity(blankToNull(v));
			case "country" -> e.setCountry(blankToNull(v));
			case "occasion" -> e.setOccasion(blankToNull(v));
			case "kind" -> e.setKind(EncounterKind.fromCode(v));
			case "level" -> e.setLevel(EncounterLevel.fromCode(v));
			case "status" -> e.setStatus(EncounterStatus.fromCode(v));
			case "formality" -> e.setFormality(v.isEmpty() ? null : Formality.fromCode(v));
			case "duration" -> e.setDurationMinutes(v.isEmpty() ? null : Integer.valueOf(v));
			case "participants" -> participants(e, keys(v), persons);
			default -> throw new IllegalArgumentException("not a field: " + field);
		}
	}

	private static void participants(Encounter e, Set<String> keys, PersonRepository persons) {
		e.getParticipants().removeIf(p -> !keys.contains(p.getPerson().getKey()));
		Set<String> present = new LinkedHashSet<>();
		e.getParticipants().forEach(p -> present.add(p.getPerson().getKey()));
		for (String key : keys) {
			if (!present.contains(key)) {
				persons.findByKey(key).ifPresent(person -> e.addParticipant(participation(person)));
			}
		}
	}

	private static Participation participation(Person person) {
		return new Participation(person, null, person.getCountry());
	}

	static Set<String> keys(String joined) {
		Set<String> keys = new LinkedHashSet<>();
		Arrays.stream(joined.split("[+,\\s]+")).map(String::strip).filter(k -> !k.isEmpty()).forEach(keys::add);
		return keys;
	}

	static String dateText(FuzzyDate date) {
		String iso = date.start().toString();
		return switch (date.precision()) {
			case DAY -> iso;
			case MONTH -> iso.substring(0, 7);
			case YEAR -> iso.substring(0, 4);
		};
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}

	private static String blankToNull(String s) {
		return s.isBlank() ? null : s;
	}
}
