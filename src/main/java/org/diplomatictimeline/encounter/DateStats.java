package org.diplomatictimeline.encounter;

import java.time.LocalDate;

import org.diplomatictimeline.domain.DatePrecision;

/**
 * A grouped row: how many encounters of a group (a dispute topic, a person's office, ...) are dated at one
 * precision, and the earliest and latest start among them (null for the undated).
 */
public record DateStats(String group, DatePrecision precision, long count, LocalDate first, LocalDate last) {
}
