package org.diplomatictimeline.ingest.extract;

/**
 * An official named in a sentence.
 *
 * @param statedOffice the office the text gives the person right before the name ("Foreign Minister"), or null
 * @param inReference false when the person is known only from a title in the text
 * @param bare true when only the family name was written
 */
record OfficialMention(int sentence, int start, int end, String personId, String name, String country,
		String statedOffice, boolean inReference, boolean bare) {

	ExtractedParticipant participant(String office) {
		return new ExtractedParticipant(personId, name, country, office, inReference);
	}
}
