package org.diplomatictimeline.system;

/**
 * A dispute topic as a link: slug for the URL, label to show (from {@link Labels}). Article, encounter
 * and dispute pages all show it, so it sits below them.
 */
public record DisputeChip(String slug, String label) {
}
