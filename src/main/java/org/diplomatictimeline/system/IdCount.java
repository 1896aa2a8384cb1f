package org.diplomatictimeline.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A row of a grouped count query: an entity id and how many of something it has. */
public record IdCount(Long id, long count) {

	/** The rows as id to count, for look-ups while building a page. */
	public static Map<Long, Long> toMap(List<IdCount> rows) {
		Map<Long, Long> map = new HashMap<>();
		rows.forEach(r -> map.put(r.id(), r.count()));
		return map;
	}
}
