package org.diplomatictimeline.timeline;

import java.util.List;

import org.diplomatictimeline.encounter.EncounterCard;

/** The encounters of one year; year null holds the undated ones. */
public record YearGroup(Integer year, List<EncounterCard> encounters) {

	public String anchor() {
		return year == null ? "undated" : "y" + year;
	}
}
