package org.diplomatictimeline.ingest.reference;

import java.time.LocalDate;

/** A row of gatherings.csv: one meeting of a series, where and when. */
public record GatheringRef(String series, String city, String country, LocalDate start, LocalDate end) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(start) && !day.isAfter(end);
	}

	public boolean overlaps(LocalDate from, LocalDate to) {
		return !start.isAfter(to) && !end.isBefore(from);
	}
}
