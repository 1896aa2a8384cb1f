package org.diplomatictimeline.curation;

import java.util.List;

import org.diplomatictimeline.system.DateView;

/**
 * An encounter in the review queue with the reasons it looks wrong.
 *
 * @param reasons message-key suffixes: "no-place", "no-exact-date", "outside-reference", "passing-mention",
 *        "possible-duplicate", "occasion-elsewhere"
 */
public record ReviewItem(long id, DateView date, String kind, String city, String who, List<String> reasons) {
}
