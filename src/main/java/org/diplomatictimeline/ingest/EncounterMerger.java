package org.diplomatictimeline.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.encounter.AccountKey;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.ingest.extract.ExtractedEncounter;
import org.diplomatictimeline.ingest.extract.ExtractedParticipant;

/**
 * Decides whether an encounter told by a new article is one already known, and folds the new account
 * into it. Plain Java: the same principals, compatible dates and places make the same encounter.
 */
public final class EncounterMerger {

	/** The known encounter the extracted one belongs to, if any. */
	public Optional<Encounter> findMatch(ExtractedEncounter extracted, Set<String> personKeys,
			List<Encounter> candidates) {
		return candidates.stream()
			.filter(e -> personKeys(e).equals(personKeys))
			.filter(e -> compatible(e, extracted))
			.min(Comparator.comparingLong(e -> distance(e.getDate(), extracted.date())));
	}

	/** Adds what the new account knows and the known encounter does not, preferring an article's main report. */
	public void absorb(Encounter encounter, ExtractedEncounter extracted, boolean encounterHasMainSource) {
		boolean authoritative = extracted.role() == SourceRole.MAIN && !encounterHasMainSource;
		FuzzyDate known = encounter.getDate();
		FuzzyDate told = extracted.date();
		if (told != null && (known == null || told.precision().compareTo(known.precision()) < 0)) {
			encounter.setDate(told);
		}
		if (authoritative) {
			encounter.setKind(extracted.kind());
			encounter.setLevel(extracted.level());
		}
		encounter.setCity(pick(encounter.getCity(), extracted.city(), authoritative));
		encounter.setCountry(pick(encounter.getCountry(), extracted.country(), authoritative));
		encounter.setOccasion(pick(encounter.getOccasion(), extracted.occasion(), authoritative));
		encounter.setFormality(pick(encounter.getFormality(), extracted.formality(), authoritative));
		encounter.setDurationMinutes(pick(encounter.getDurationMinutes(), extracted.durationMinutes(), authoritative));
		if (extracted.status() == EncounterStatus.HELD) {
			encounter.setStatus(EncounterStatus.HELD);
		}
		encounter.getDisputes().addAll(extracted.disputes());
	}

	/** The {@link AccountKey} of an extracted account, the same on every re-extraction of its article. */
	static String accountKey(ExtractedEncounter extracted) {
		return AccountKey.of(extracted.participants().stream().map(ExtractedParticipant::personId).toList(),
				extracted.kind(), extracted.status(), extracted.date());
	}

	static Set<String> personKeys(Encounter encounter) {
		return encounter.getParticipants().stream().map(p -> p.getPerson().getKey()).collect(Collectors.toSet());
	}

	private static boolean compatible(Encounter known, ExtractedEncounter told) {
		if (known.getDate() == null || told.date() == null || !known.getDate().overlaps(told.date())) {
			return false;
		}
		if ((known.getKind() == EncounterKind.PHONE_CALL) != (told.kind() == EncounterKind.PHONE_CALL)) {
			return false;
		}
		if ((known.getStatus() == EncounterStatus.CANCELLED) != (told.status() == EncounterStatus.CANCELLED)) {
			return false;
		}
		return known.getCity() == null || told.city() == null || known.getCity().equalsIgnoreCase(told.city());
	}

	private static long distance(FuzzyDate a, FuzzyDate b) {
		long starts = Math.abs(a.start().toEpochDay() - b.start().toEpochDay());
		long precision = Math.abs(a.precision().ordinal() - b.precision().ordinal());
		return precision * 10_000 + starts;
	}

	private static <T> T pick(T known, T told, boolean authoritative) {
		if (told == null) {
			return known;
		}
		return (known == null || authoritative) ? told : known;
	}
}
