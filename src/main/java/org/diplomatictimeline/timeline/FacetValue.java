package org.diplomatictimeline.timeline;

/**
 * One value of a facet with the number of encounters it would select among the current selection of
 * the other facets.
 *
 * @param label the text to show, or null when the template shows the message {@code labelKey}
 * @param href the timeline with this value switched on or off
 */
public record FacetValue(String value, String label, String labelKey, long count, boolean selected, String href) {
}
