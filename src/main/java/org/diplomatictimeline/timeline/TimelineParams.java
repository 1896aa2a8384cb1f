package org.diplomatictimeline.timeline;

import java.util.List;

/**
 * The raw filter parameters of a timeline URL, as typed: nothing here is validated yet, so binding
 * never fails and every odd value gets a clear message from {@link TimelineFilterParser}.
 */
public record TimelineParams(List<String> dispute, String person, String level, String kind, String status,
		String country, String city, String from, String to, String q) {

	public static final TimelineParams NONE = new TimelineParams(null, null, null, null, null, null, null, null,
			null, null);
}
