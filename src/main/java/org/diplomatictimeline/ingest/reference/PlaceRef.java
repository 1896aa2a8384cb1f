package org.diplomatictimeline.ingest.reference;

import java.util.List;

/** A row of places.csv: a city, its country's English name and adjective, whether it is the capital. */
public record PlaceRef(String city, String country, String countryAdjective, boolean capital,
		List<String> aliases) {
}
