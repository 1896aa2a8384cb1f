package org.diplomatictimeline.dispute;

/** A dispute topic as a link: slug for the URL, label to show. */
public record DisputeChip(String slug, String label) {
}
