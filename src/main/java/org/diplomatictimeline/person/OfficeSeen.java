package org.diplomatictimeline.person;

import java.time.LocalDate;

import org.diplomatictimeline.domain.DatePrecision;

/**
 * A grouped row: a person seen in encounters in one office (of one country), at one date precision, with
 * the earliest and latest start among those encounters and how many there were.
 *
 * @param key the person's key
 */
public record OfficeSeen(String key, String name, String country, String office, DatePrecision precision,
		long encounters, LocalDate first, LocalDate last) {
}
