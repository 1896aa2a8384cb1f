package org.diplomatictimeline.curation;

import java.util.List;
import java.util.Map;

/**
 * What the encounter and article pages show of curation: for everyone, the links to the history and
 * the problem report; for an editor, the forms with the current values and the choices.
 *
 * @param values the encounter's correctable fields as text, by name (editors only)
 * @param participants person keys of the participants now (editors only)
 */
public record CurationPanel(long id, boolean editor, Map<String, String> values, List<String> participants,
		List<Option> people, List<Option> sources) {

	/** A choice in a form: a value and its label. */
	public record Option(String value, String label) {
	}

	static CurationPanel reader(long id) {
		return new CurationPanel(id, false, Map.of(), List.of(), List.of(), List.of());
	}

	public List<String> kinds() {
		return List.of("summit", "talks", "brief-encounter", "phone-call", "trilateral");
	}

	public List<String> levels() {
		return List.of("leaders", "foreign-ministers", "other");
	}

	public List<String> statuses() {
		return List.of("held", "planned", "cancelled");
	}
}
