package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.StatementKind;

/** How an extracted fact is compared with a gold one. */
final class GoldMatch {

	private GoldMatch() {
	}

	/** Names compared ignoring case, spaces, hyphens and accents ("Yoon Suk-yeol" = "Yoon Suk Yeol"). */
	static String name(String n) {
		String ascii = java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’.]", "");
	}

	static Set<String> names(List<String> names) {
		Set<String> out = new TreeSet<>();
		names.forEach(n -> out.add(name(n)));
		return out;
	}

	static Set<String> participants(ExtractedEncounter e) {
		List<String> names = new ArrayList<>();
		e.participants().forEach(p -> names.add(p.name()));
		return names(names);
	}

	static boolean sameParticipants(ExtractedEncounter e, Gold.Encounter g) {
		return participants(e).equals(names(g.participants()));
	}

	/** Same period at the gold's precision; a coarser or finer extracted date must fall in or contain it. */
	static boolean date(FuzzyDate extracted, FuzzyDate gold) {
		if (gold == null) {
			return extracted == null;
		}
		if (extracted == null) {
			return false;
		}
		if (extracted.precision() == gold.precision()) {
			return extracted.equals(gold);
		}
		return extracted.overlaps(gold);
	}

	static boolean text(String a, String b) {
		if (a == null || b == null) {
			return a == null && b == null;
		}
		return a.strip().equalsIgnoreCase(b.strip());
	}

	/**
	 * Status: a plan the article reports is "planned" even when the gold, written later, knows it
	 * was held.
	 */
	static boolean status(ExtractedEncounter e, Gold.Encounter g, LocalDate referenceDate) {
		if (e.status() == g.status()) {
			return true;
		}
		return e.status() == EncounterStatus.PLANNED && g.status() == EncounterStatus.HELD && g.date() != null
				&& referenceDate != null && !g.date().end().isBefore(referenceDate);
	}

	/** Every field the acceptance compares. */
	static List<String> differences(ExtractedEncounter e, Gold.Encounter g, String file, LocalDate referenceDate) {
		List<String> diff = new ArrayList<>();
		if (!sameParticipants(e, g)) {
			diff.add("participants " + participants(e) + " vs " + names(g.participants()));
		}
		if (!date(e.date(), g.date())) {
			diff.add("date " + e.date() + " vs " + g.date());
		}
		if (!text(e.city(), g.city())) {
			diff.add("city " + e.city() + " vs " + g.city());
		}
		if (!text(e.country(), g.country())) {
			diff.add("country " + e.country() + " vs " + g.country());
		}
		if (e.kind() != g.kind()) {
			diff.add("kind " + e.kind() + " vs " + g.kind());
		}
		if (e.level() != g.level()) {
			diff.add("level " + e.level() + " vs " + g.level());
		}
		if (!status(e, g, referenceDate)) {
			diff.add("status " + e.status() + " vs " + g.status());
		}
		if (e.role() != g.roleIn(file)) {
			diff.add("role " + e.role() + " vs " + g.roleIn(file));
		}
		return diff;
	}

	/** Whether an extracted statement is the gold one: same speaker, and for quotes the same opening words. */
	static boolean statement(ExtractedStatement s, Gold.Statement g) {
		if (!name(s.speaker().name()).equals(name(g.speaker()))) {
			return false;
		}
		if (g.kind() == StatementKind.QUOTE && g.quoteStarts() != null) {
			return s.kind() == StatementKind.QUOTE && quoteText(s.text()).startsWith(quoteText(g.quoteStarts()));
		}
		return s.kind() == g.kind();
	}

	private static String quoteText(String t) {
		return t.replaceAll("[“”\"‘’']", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
	}
}
