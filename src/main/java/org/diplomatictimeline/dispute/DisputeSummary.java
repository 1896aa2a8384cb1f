package org.diplomatictimeline.dispute;

import org.diplomatictimeline.system.DateView;

/**
 * A dispute topic in the list: how often it comes up and between which dates.
 *
 * @param firstMention earliest encounter touching it or article about it; null when never mentioned
 */
public record DisputeSummary(String slug, String label, long encounters, long articles, DateView firstMention,
		DateView latestMention) {
}
