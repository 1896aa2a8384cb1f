package org.diplomatictimeline.timeline;

import java.util.List;

/**
 * Everything the timeline page shows.
 *
 * @param years the selected encounters by year, in the filter's order (undated last)
 * @param total encounters stored, before filtering
 * @param shown encounters selected
 * @param latest the summary strip: latest meetings whatever the filter
 */
public record TimelinePage(List<YearGroup> years, int total, int shown, List<FacetGroup> facets,
		List<ActiveFilter> active, TimelineFilter filter, List<Notice> notices, List<LatestEncounter> latest) {

	public TimelinePage(List<YearGroup> years, int total, int shown, List<FacetGroup> facets,
			List<ActiveFilter> active, TimelineFilter filter, List<Notice> notices) {
		this(years, total, shown, facets, active, filter, notices, List.of());
	}

	public String query() {
		return filter.query();
	}

	public boolean newestFirst() {
		return filter.order() == TimelineOrder.NEWEST;
	}

	/** This view, newest first. */
	public String newestHref() {
		return filter.ordered(TimelineOrder.NEWEST).href("/");
	}

	/** This view, oldest first. */
	public String oldestHref() {
		return filter.ordered(TimelineOrder.OLDEST).href("/");
	}
}
