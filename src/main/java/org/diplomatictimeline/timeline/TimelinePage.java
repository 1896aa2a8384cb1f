package org.diplomatictimeline.timeline;

import java.util.List;

/**
 * Everything the timeline page shows.
 *
 * @param total encounters stored, before filtering
 * @param shown encounters selected
 */
public record TimelinePage(List<YearGroup> years, int total, int shown, List<FacetGroup> facets,
		List<ActiveFilter> active, TimelineFilter filter, List<Notice> notices) {

	public String query() {
		return filter.query();
	}
}
