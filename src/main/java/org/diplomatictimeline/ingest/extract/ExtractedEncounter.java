package org.diplomatictimeline.ingest.extract;

import java.util.List;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.Formality;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;

/**
 * One encounter as one article tells it. Nullable: date (unknown), city, country, occasion,
 * formality, durationMinutes.
 *
 * @param country country name in English ("Spain", "United States")
 * @param disputes dispute-topic slugs discussed at or around this encounter
 * @param evidence sentences of the article that support it
 */
public record ExtractedEncounter(FuzzyDate date, String city, String country, String occasion, EncounterKind kind,
		EncounterLevel level, Formality formality, Integer durationMinutes, EncounterStatus status, SourceRole role,
		List<ExtractedParticipant> participants, List<String> disputes, List<TextSpan> evidence) {
}
