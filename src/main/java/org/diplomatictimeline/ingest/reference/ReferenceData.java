package org.diplomatictimeline.ingest.reference;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.diplomatictimeline.domain.EncounterLevel;

/**
 * The reference knowledge the extractor relies on, loaded once from data/reference (or the copy on
 * the classpath). Immutable and thread-safe.
 */
public final class ReferenceData {

	private final List<DisputeTopicRef> disputeTopics;

	private final List<OfficeRef> offices;

	private final List<OfficialRef> officials;

	private final Map<String, List<OfficialRef>> officialsByPerson;

	/** Terms per "country/office", oldest first: who held an office is asked for many tokens of an article. */
	private final Map<String, List<OfficialRef>> officialsByOffice;

	private final Map<String, OfficeRef> officeByKey;

	private final Map<String, CountryRef> countryByCode;

	private final List<CountryRef> countries;

	private final List<PlaceRef> places;

	private final List<GatheringSeriesRef> gatheringSeries;

	private final List<GatheringRef> gatherings;

	private final List<String> newsAgencies;

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
		this.officials = CsvTable.read(dir, "officials.csv")
			.stream()
			.map(r -> new OfficialRef(r.get("person_id"), r.get("name"), r.get("country"), r.get("office"),
					LocalDate.parse(r.get("term_start")), date(CsvTable.text(r, "term_end")),
					CsvTable.list(r, "variants")))
			.sorted(Comparator.comparing(OfficialRef::termStart))
			.toList();
		this.officialsByPerson = officials.stream()
			.collect(Collectors.groupingBy(OfficialRef::personId, LinkedHashMap::new, Collectors.toList()));
		this.officialsByOffice = officials.stream()
			.collect(Collectors.groupingBy(o -> key(o.country(), o.office()), LinkedHashMap::new, Collectors.toList()));
		this.officeByKey = offices.stream()
			.collect(Collectors.toMap(o -> key(o.country(), o.office()), o -> o, (first, later) -> first, LinkedHashMap::new));
		this.countries = CsvTable.read(dir, "countries.csv")
			.stream()
			.map(r -> new CountryRef(r.get("code"), r.get("name"), CsvTable.list(r, "adjectives"),
					CsvTable.list(r, "aliases")))
			.toList();
		this.countryByCode = countries.stream()
			.collect(Collectors.toMap(CountryRef::code, c -> c, (first, later) -> first, LinkedHashMap::new));
		this.places = CsvTable.read(dir, "places.csv")
			.stream()
			.map(r -> new PlaceRef(r.get("city"), r.get("country"), CsvTable.text(r, "country_adjective"),
					"yes".equalsIgnoreCase(CsvTable.text(r, "capital")), CsvTable.list(r, "aliases")))
			.toList();
		this.gatheringSeries = CsvTable.read(dir, "gathering-series.csv")
			.stream()
			.map(r -> {
				String[] third = Objects.requireNonNullElse(CsvTable.text(r, "third_party"), "").split(":");
				return new GatheringSeriesRef(r.get("series"), r.get("name"), EncounterLevel.fromCode(r.get("level")),
						CsvTable.list(r, "keywords"), third.length == 2 ? third[0].strip() : null,
						third.length == 2 ? third[1].strip() : null);
			})
			.toList();
		this.gatherings = CsvTable.read(dir, "gatherings.csv")
			.stream()
			.map(r -> new GatheringRef(r.get("series"), CsvTable.text(r, "city"), CsvTable.text(r, "country"),
					LocalDate.parse(r.get("start")), LocalDate.parse(r.get("end"))))
			.sorted(Comparator.comparing(GatheringRef::start))
			.toList();
		this.newsAgencies = CsvTable.read(dir, "news-agencies.csv").stream().map(r -> r.get("credit")).toList();
	}

	private static String key(String country, String office) {
		return country + "/" + office;
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
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
		return Optional.ofNullable(officeByKey.get(key(country, office)));
	}

	/** Every row of officials.csv, oldest term first. */
	public List<OfficialRef> officials() {
		return officials;
	}

	/** The rows (terms) of one person, oldest first; empty when unknown. */
	public List<OfficialRef> terms(String personId) {
		return officialsByPerson.getOrDefault(personId, List.of());
	}

	/** Who held an office on a day; on a hand-over day the incoming holder. */
	public Optional<OfficialRef> holder(String country, String office, LocalDate day) {
		return officialsByOffice.getOrDefault(key(country, office), List.of())
			.stream()
			.filter(o -> o.holdsOn(day))
			.max(Comparator.comparing(OfficialRef::termStart));
	}

	public List<CountryRef> countries() {
		return countries;
	}

	public Optional<CountryRef> country(String code) {
		return Optional.ofNullable(countryByCode.get(code));
	}

	public List<PlaceRef> places() {
		return places;
	}

	public List<GatheringSeriesRef> gatheringSeries() {
		return gatheringSeries;
	}

	public Optional<GatheringSeriesRef> series(String series) {
		return gatheringSeries.stream().filter(s -> s.series().equals(series)).findFirst();
	}

	/** Every row of gatherings.csv, earliest first. */
	public List<GatheringRef> gatherings() {
		return gatherings;
	}

	public List<GatheringRef> gatherings(String series) {
		return gatherings.stream().filter(g -> g.series().equals(series)).toList();
	}

	/** Caption credits of news agencies, as printed: "Kyodo", "Yonhap". */
	public List<String> newsAgencies() {
		return newsAgencies;
	}
}
