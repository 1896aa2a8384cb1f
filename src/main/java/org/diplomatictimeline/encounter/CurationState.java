package org.diplomatictimeline.encounter;

/** How far an editor has vouched for an encounter. */
public enum CurationState {

	/** As the extractor derived it from the articles. */
	EXTRACTED,
	/** An editor checked it and found it right. */
	CONFIRMED,
	/** An editor changed it: a field, its participants, its sources, or added it. */
	CORRECTED;

	/** The code used in pages, the API and exports: "corrected". */
	public String code() {
		return name().toLowerCase();
	}
}
