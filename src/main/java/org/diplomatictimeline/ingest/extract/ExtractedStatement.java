package org.diplomatictimeline.ingest.extract;

import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.StatementKind;

/**
 * Something an official said, quoted or reported.
 *
 * @param via the office it came through ("Japanese Foreign Ministry"), or null when said directly
 * @param date when it was said, if known
 * @param encounterIndex index into {@link Extraction#encounters()} of the encounter it belongs to, or null
 * @param evidence where the statement stands in the article body
 */
public record ExtractedStatement(ExtractedParticipant speaker, String text, StatementKind kind, String via,
		FuzzyDate date, Integer encounterIndex, TextSpan evidence) {
}
