package org.diplomatictimeline.person;

/**
 * A person in an encounter as pages show it: "Prime Minister Fumio Kishida (Japan)".
 *
 * @param office the office label at the time, or null when unknown
 */
public record ParticipantView(String key, String name, String office, String country, String countryName) {
}
