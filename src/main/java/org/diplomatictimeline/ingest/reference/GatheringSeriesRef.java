package org.diplomatictimeline.ingest.reference;

import java.util.List;

import org.diplomatictimeline.domain.EncounterLevel;

/** A row of gathering-series.csv: a recurring multilateral meeting and the phrases that name it. */
public record GatheringSeriesRef(String series, String name, EncounterLevel level, List<String> keywords) {
}
