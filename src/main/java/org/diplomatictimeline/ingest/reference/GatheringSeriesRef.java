package org.diplomatictimeline.ingest.reference;

import java.util.List;

import org.diplomatictimeline.domain.EncounterLevel;

/**
 * A row of gathering-series.csv: a recurring multilateral meeting and the phrases that name it. A
 * series that is itself a three-way meeting of Japan, South Korea and one other country names that
 * country and the office that represents it there ({@code thirdCountry}, {@code thirdOffice});
 * both are null for a multilateral gathering.
 */
public record GatheringSeriesRef(String series, String name, EncounterLevel level, List<String> keywords,
		String thirdCountry, String thirdOffice) {

	public GatheringSeriesRef(String series, String name, EncounterLevel level, List<String> keywords) {
		this(series, name, level, keywords, null, null);
	}

	/** Whether a meeting of this series is a three-way meeting in itself. */
	public boolean threeWay() {
		return thirdCountry != null && thirdOffice != null;
	}
}
