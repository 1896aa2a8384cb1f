package org.diplomatictimeline.timeline;

/**
 * A filter in force, shown as a removable chip: "Dispute: Export controls ×".
 *
 * @param facet the URL parameter (message key suffix of the facet name)
 * @param label the value to show, or null when the template shows the message {@code labelKey}
 * @param removeHref the timeline without it
 */
public record ActiveFilter(String facet, String label, String labelKey, String removeHref) {
}
