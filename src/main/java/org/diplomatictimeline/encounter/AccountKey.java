package org.diplomatictimeline.encounter;

import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.FuzzyDate;

/**
 * Names one article's account of an encounter in a way that re-extracting the article gives again:
 * who (sorted person keys), call or meeting, cancelled or not, and the date at its precision, e.g.
 * {@code fumio-kishida+yoon-suk-yeol|meeting|held|2022-06-28}. Encounter ids change when articles are
 * re-extracted; an article and an account key do not, so editors' corrections point at these.
 */
public final class AccountKey {

	private AccountKey() {
	}

	/** The key of an encounter as it stands, for sources stored before keys were kept. */
	public static String of(Encounter encounter) {
		if (encounter == null) {
			return null;
		}
		return of(encounter.getParticipants().stream().map(p -> p.getPerson().getKey()).toList(), encounter.getKind(),
				encounter.getStatus(), encounter.getDate());
	}

	public static String of(Collection<String> personKeys, EncounterKind kind, EncounterStatus status, FuzzyDate date) {
		return people(personKeys) + "|" + (kind == EncounterKind.PHONE_CALL ? "call" : "meeting") + "|"
				+ (status == EncounterStatus.CANCELLED ? "cancelled" : "held") + "|" + dateText(date);
	}

	/** The who-part of a key: sorted person keys joined by '+'. */
	public static String people(Collection<String> personKeys) {
		return new TreeSet<>(personKeys).stream().collect(Collectors.joining("+"));
	}

	/** Everything of a key but its date: accounts that differ only in date may be the same account. */
	public static String withoutDate(String key) {
		int cut = key.lastIndexOf('|');
		return cut < 0 ? key : key.substring(0, cut);
	}

	/** The date of a key, or null when undated. */
	public static FuzzyDate date(String key) {
		int cut = key.lastIndexOf('|');
		String text = cut < 0 ? "" : key.substring(cut + 1);
		try {
			return text.isEmpty() || text.equals("undated") ? null : FuzzyDate.parse(text);
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private static String dateText(FuzzyDate date) {
		if (date == null) {
			return "undated";
		}
		String iso = date.start().toString();
		return switch (date.precision()) {
			case DAY -> iso;
			case MONTH -> iso.substring(0, 7);
			case YEAR -> iso.substring(0, 4);
		};
	}
}
