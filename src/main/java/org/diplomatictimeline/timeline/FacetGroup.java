package org.diplomatictimeline.timeline;

import java.util.List;

/**
 * A facet with its values.
 *
 * @param name the URL parameter, also the message key suffix of its heading
 * @param clearHref the timeline without this facet, or null when it is not active
 */
public record FacetGroup(String name, List<FacetValue> values, String clearHref) {

	public boolean active() {
		return clearHref != null;
	}
}
