package org.diplomatictimeline.ingest.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.diplomatictimeline.ingest.extract.EncounterLevel;

/**
 * The reference knowledge the extractor relies on, loaded once from data/reference (or the copy on
 * the classpath). Immutable and thread-safe.
 */
public final class ReferenceData {

	private final List<DisputeTopicRef> disputeTopics;

	private final List<OfficeRef> offices;

	private ReferenceData(Path dir) {
		this.disputeTopics = CsvTable.read(dir, "disputes.csv")
			.stream()
			.map(r -> new DisputeTopicRef(r.get("slug"), r.get("label"), CsvTable.list(r, "keywords"),
					CsvTable.text(r, "background")))
			.toList();
		this.offices = CsvTable.read(dir, "offices.csv")
			.stream()
			.map(r -> new OfficeRef(r.get("country"), r.get("office"), r.get("label"),
					EncounterLevel.fromCode(r.get("level")), CsvTable.list(r, "titles")))
			.toList();
	}

	/** The copy bundled on the classpath under reference/. */
	public static ReferenceData loadDefault() {
		return new ReferenceData(null);
	}

	/** The files of a folder such as data/reference. */
	public static ReferenceData load(Path dir) {
		return new ReferenceData(dir);
	}

	public List<DisputeTopicRef> disputeTopics() {
		return disputeTopics;
	}

	public List<OfficeRef> offices() {
		return offices;
	}

	public Optional<OfficeRef> office(String country, String office) {
		return offices.stream().filter(o -> o.country().equals(country) && o.office().equals(office)).findFirst();
	}
}
