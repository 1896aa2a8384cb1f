package org.diplomatictimeline.ingest.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of officials.csv: a person holding one office for one term. A person who held several
 * offices has several rows with the same {@code personId}.
 *
 * @param termEnd null while in office
 */
public record OfficialRef(String personId, String name, String country, String office, LocalDate termStart,
		LocalDate termEnd, List<String> variants) {

	/** True when the term includes the given day. */
	public boolean holdsOn(LocalDate day) {
		return !day.isBefore(termStart) && (termEnd == null || !day.isAfter(termEnd));
	}

	/** True when the term overlaps the period [from, to]. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return !termStart.isAfter(to) && (termEnd == null || !termEnd.isBefore(from));
	}
}
