package org.diplomatictimeline.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diplomatictimeline.ingest.reference.CountryRef;
import org.diplomatictimeline.ingest.reference.DisputeTopicRef;
import org.diplomatictimeline.ingest.reference.OfficeRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Human names for the codes stored with encounters: office labels, country names and dispute labels,
 * all from the reference data. Unknown codes fall back to a readable form of the code itself.
 */
@Component
public class Labels {

	private final ReferenceData reference;

	private final Map<String, String> countries = new LinkedHashMap<>();

	private final Map<String, String> disputes = new LinkedHashMap<>();

	public Labels(ReferenceData reference) {
		this.reference = reference;
		for (CountryRef country : reference.countries()) {
			countries.put(country.code(), country.name());
		}
		for (DisputeTopicRef topic : reference.disputeTopics()) {
			disputes.put(topic.slug(), topic.label());
		}
	}

	/** "Prime Minister" for (JP, prime-minister); null for a null office. */
	public String office(String country, String office) {
		if (office == null) {
			return null;
		}
		return reference.office(country, office).map(OfficeRef::label).orElseGet(() -> humanize(office));
	}

	/** "Japan" for JP; the code itself when unknown. */
	public String country(String code) {
		if (code == null) {
			return null;
		}
		return countries.getOrDefault(code, code);
	}

	/** "Wartime labor" for wartime-labor. */
	public String dispute(String slug) {
		return disputes.getOrDefault(slug, humanize(slug));
	}

	/** Every known dispute topic, slug to label, in reference order. */
	public Map<String, String> disputes() {
		return disputes;
	}

	static String humanize(String code) {
		String text = code.replace('-', ' ').replace('_', ' ');
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
