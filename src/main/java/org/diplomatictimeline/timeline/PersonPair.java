package org.diplomatictimeline.timeline;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pair filter value: two person keys in alphabetical order joined by a space, as in
 * {@code pair=fumio-kishida+yoon-suk-yeol}. It selects the encounters both took part in.
 */
public final class PersonPair {

	private PersonPair() {
	}

	/** The canonical value for two keys, or null when they are the same person. */
	public static String of(String a, String b) {
		int c = a.compareTo(b);
		if (c == 0) {
			return null;
		}
		return c < 0 ? a + " " + b : b + " " + a;
	}

	/** The two keys of a value, or an empty list when it is not two different keys. */
	public static List<String> keys(String value) {
		String[] parts = value.strip().split("[\\s,]+");
		if (parts.length != 2 || parts[0].isEmpty() || parts[0].equals(parts[1])) {
			return List.of();
		}
		return parts[0].compareTo(parts[1]) < 0 ? List.of(parts[0], parts[1]) : List.of(parts[1], parts[0]);
	}

	/** Every pair among some people. */
	static Set<String> all(Set<String> people) {
		Set<String> pairs = new TreeSet<>();
		for (String a : people) {
			for (String b : people) {
				if (a.compareTo(b) < 0) {
					pairs.add(a + " " + b);
				}
			}
		}
		return pairs;
	}
}
