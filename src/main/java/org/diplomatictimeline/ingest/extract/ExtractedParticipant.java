package org.diplomatictimeline.ingest.extract;

/**
 * A person taking part in an encounter, with the office held at the time.
 *
 * @param personId stable id: the reference-data id, or a slug of the name when not in the reference data
 * @param name canonical English press form ("Yoon Suk Yeol")
 * @param country ISO 3166 alpha-2 code ("JP", "KR", "US", "CN")
 * @param office office code ("prime-minister", "president", "foreign-minister", ...)
 * @param inReference false when recognised only from an office title in the text
 */
public record ExtractedParticipant(String personId, String name, String country, String office,
		boolean inReference) {
}
