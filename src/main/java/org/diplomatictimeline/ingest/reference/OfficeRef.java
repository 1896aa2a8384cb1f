package org.diplomatictimeline.ingest.reference;

import java.util.List;

import org.diplomatictimeline.domain.EncounterLevel;

/** An office from offices.csv, e.g. (JP, prime-minister, "Prime Minister", LEADERS). */
public record OfficeRef(String country, String office, String label, EncounterLevel level, List<String> titles) {
}
