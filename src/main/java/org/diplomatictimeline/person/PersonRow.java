package org.diplomatictimeline.person;

import java.util.List;

/** A person in the list: offices seen, how many encounters and statements. */
public record PersonRow(String key, String name, String countryName, List<String> offices, long encounters,
		long statements) {
}
