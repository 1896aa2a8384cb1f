package org.diplomatictimeline.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.person.ParticipantView;

/** View records for controller tests, built by hand. */
public final class ViewFixtures {

	public static final ParticipantView KISHIDA = new ParticipantView("fumio-kishida", "Fumio Kishida",
			"Prime Minister", "JP", "Japan");

	public static final ParticipantView YOON = new ParticipantView("yoon-suk-yeol", "Yoon Suk Yeol", "President", "KR",
			"South Korea");

	private ViewFixtures() {
	}

	public static EncounterCard card(long id, FuzzyDate date, String status) {
		return card(id, date, status, null);
	}

	public static EncounterCard card(long id, FuzzyDate date, String status, String outcome) {
		return new EncounterCard(id, DateView.of(date), "brief-encounter", "leaders", status, null, null, "Madrid",
				"Spain", "NATO summit", List.of(KISHIDA, YOON), List.of(new DisputeChip("export-controls",
						"Export controls")), 2, 1, "extracted", outcome);
	}

	/** The one card with an outcome line. */
	public static EncounterCard madrid() {
		return card(7, FuzzyDate.day(LocalDate.of(2022, 6, 28)), "held", MADRID_OUTCOME);
	}

	public static final String MADRID_OUTCOME = "Agreed to restore healthy relations";

	public static EncounterCard chengdu() {
		return card(3, FuzzyDate.month(YearMonth.of(2019, 12)), "held");
	}

	public static EncounterCard olympics() {
		return card(4, FuzzyDate.year(2021), "cancelled");
	}
}
