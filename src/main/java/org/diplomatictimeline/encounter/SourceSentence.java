package org.diplomatictimeline.encounter;

import org.diplomatictimeline.domain.SourceRole;

/** An evidence sentence of one of an encounter's sources, as the outcome line reads it. */
public record SourceSentence(Long encounterId, SourceRole role, String text) {
}
