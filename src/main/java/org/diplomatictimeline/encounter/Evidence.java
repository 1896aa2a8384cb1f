package org.diplomatictimeline.encounter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A sentence of an article that supports an encounter: its offsets in the article body and its text. */
@Embeddable
public record Evidence(@Column(name = "start_offset") int start, @Column(name = "end_offset") int end,
		@Column(name = "text") String text) {
}
