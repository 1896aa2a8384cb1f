package org.diplomatictimeline.timeline;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The raw filter parameters of a timeline URL, as typed: nothing here is validated yet, so binding
 * never fails and every odd value gets a clear message from {@link TimelineFilterParser}. Every facet
 * may be repeated: several values of one facet select encounters with any of them, facets combine
 * with AND.
 */
public record TimelineParams(
		@Parameter(description = "Dispute topic slug; repeat for several (an encounter touching any of them matches)",
				example = "export-controls") List<String> dispute,
		@Parameter(description = "Person key: a participant of the encounter; repeat for several (any of them)",
				example = "fumio-kishida") List<String> person,
		@Parameter(description = "Two person keys separated by a space (+ in a URL): encounters both took part in; "
				+ "repeat for several pairs", example = "fumio-kishida yoon-suk-yeol") List<String> pair,
		@Parameter(description = "leaders, foreign-ministers or other; repeat for several",
				example = "leaders") List<String> level,
		@Parameter(description = "summit, talks, brief-encounter, phone-call or trilateral; repeat for several") List<String> kind,
		@Parameter(description = "held, planned or cancelled; repeat for several") List<String> status,
		@Parameter(description = "Host country, English name, case-insensitive; repeat for several",
				example = "Spain") List<String> country,
		@Parameter(description = "City, case-insensitive; repeat for several", example = "Madrid") List<String> city,
		@Parameter(description = "First year included (1900-2100)", example = "2019") String from,
		@Parameter(description = "Last year included (1900-2100)", example = "2023") String to,
		@Parameter(description = "Text searched case-insensitively in the encounter's source articles and statements",
				example = "future-oriented") String q,
		@Parameter(description = "Order of the timeline page: newest (the default) or oldest first",
				example = "oldest") String order) {

	public static final TimelineParams NONE = new TimelineParams(null, null, null, null, null, null, null, null, null,
			null, null, null);
}
