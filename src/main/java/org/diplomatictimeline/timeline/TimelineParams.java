package org.diplomatictimeline.timeline;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The raw filter parameters of a timeline URL, as typed: nothing here is validated yet, so binding
 * never fails and every odd value gets a clear message from {@link TimelineFilterParser}.
 */
public record TimelineParams(
		@Parameter(description = "Dispute topic slug; repeat for several (an encounter touching any of them matches)",
				example = "export-controls") List<String> dispute,
		@Parameter(description = "Person key: a participant of the encounter", example = "fumio-kishida") String person,
		@Parameter(description = "leaders, foreign-ministers or other", example = "leaders") String level,
		@Parameter(description = "summit, talks, brief-encounter, phone-call or trilateral") String kind,
		@Parameter(description = "held, planned or cancelled") String status,
		@Parameter(description = "Host country, English name, case-insensitive", example = "Spain") String country,
		@Parameter(description = "City, case-insensitive", example = "Madrid") String city,
		@Parameter(description = "First year included (1900-2100)", example = "2019") String from,
		@Parameter(description = "Last year included (1900-2100)", example = "2023") String to,
		@Parameter(description = "Text searched case-insensitively in the encounter's source articles and statements",
				example = "future-oriented") String q) {

	public static final TimelineParams NONE = new TimelineParams(null, null, null, null, null, null, null, null,
			null, null);
}
