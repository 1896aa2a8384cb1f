package org.diplomatictimeline.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Character offsets of an evidence sentence an editor picked in an article's body. */
@Embeddable
public record EvidenceSpan(@Column(name = "start_offset") int start, @Column(name = "end_offset") int end) {
}
