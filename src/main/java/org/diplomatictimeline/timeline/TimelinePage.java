package org.diplomatictimeline.timeline;

import java.util.List;

/**
 * Everything the timeline page shows: one page of the selected encounters, grouped by year.
 *
 * @param years the encounters on this page by year, in the filter's order (undated last)
 * @param total encounters stored, before filtering
 * @param shown encounters selected (on every page together)
 * @param latest the summary strip: latest meetings whatever the filter
 * @param yearLinks every year of the selection, each linking to the page that shows it
 * @param number this page, from 1
 * @param pages how many pages the selection fills (at least 1)
 */
public record TimelinePage(List<YearGroup> years, int total, int shown, List<FacetGroup> facets,
		List<ActiveFilter> active, TimelineFilter filter, List<Notice> notices, List<LatestEncounter> latest,
		List<YearLink> yearLinks, int number, int pages) {

	/** A single page holding the whole selection. */
	public TimelinePage(List<YearGroup> years, int total, int shown, List<FacetGroup> facets,
			List<ActiveFilter> active, TimelineFilter filter, List<Notice> notices, List<LatestEncounter> latest) {
		this(years, total, shown, facets, active, filter, notices, latest,
				years.stream().map(y -> new YearLink(y.year(), y.encounters().size(), "#" + y.anchor())).toList(), 1, 1);
	}

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

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages;
	}

	/** The timeline page {@code n} with every filter and the order kept. */
	public String pageHref(int n) {
		return TimelineService.pageHref(filter, n);
	}

	/**
	 * A year of the selection on the year jump list.
	 *
	 * @param year null for the undated encounters
	 * @param href the page holding the year, with its anchor (only the anchor when it is this page)
	 */
	public record YearLink(Integer year, long count, String href) {
	}
}
