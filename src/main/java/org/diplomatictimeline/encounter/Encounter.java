package org.diplomatictimeline.encounter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.diplomatictimeline.domain.DatePrecision;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.Formality;
import org.diplomatictimeline.domain.FuzzyDate;

/** One encounter between Japanese and South Korean officials, told by one or more articles. */
@Entity
public class Encounter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate dateStart;

	@Enumerated(EnumType.STRING)
	@Column(length = 8)
	private DatePrecision datePrecision;

	private String city;

	private String country;

	private String occasion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private EncounterKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private EncounterLevel level;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private Formality formality;

	private Integer durationMinutes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private EncounterStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CurationState curation = CurationState.EXTRACTED;

	@OneToMany(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<Participation> participants = new LinkedHashSet<>();

	@OneToMany(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<EncounterSource> sources = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "encounter_dispute", joinColumns = @JoinColumn(name = "encounter_id"))
	@Column(name = "slug")
	private Set<String> disputes = new LinkedHashSet<>();

	protected Encounter() {
	}

	public Encounter(EncounterKind kind, EncounterLevel level, EncounterStatus status) {
		this.kind = kind;
		this.level = level;
		this.status = status;
	}

	public Long getId() {
		return id;
	}

	/** The date at its precision, or null when no article dates it. */
	public FuzzyDate getDate() {
		return dateStart == null ? null : new FuzzyDate(dateStart, datePrecision);
	}

	public void setDate(FuzzyDate date) {
		this.dateStart = date == null ? null : date.start();
		this.datePrecision = date == null ? null : date.precision();
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getOccasion() {
		return occasion;
	}

	public void setOccasion(String occasion) {
		this.occasion = occasion;
	}

	public EncounterKind getKind() {
		return kind;
	}

	public void setKind(EncounterKind kind) {
		this.kind = kind;
	}

	public EncounterLevel getLevel() {
		return level;
	}

	public void setLevel(EncounterLevel level) {
		this.level = level;
	}

	public Formality getFormality() {
		return formality;
	}

	public void setFormality(Formality formality) {
		this.formality = formality;
	}

	public Integer getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public EncounterStatus getStatus() {
		return status;
	}

	public void setStatus(EncounterStatus status) {
		this.status = status;
	}

	/** Whether an editor confirmed or corrected it; kept up to date by the curation package. */
	public CurationState getCuration() {
		return curation;
	}

	public void setCuration(CurationState curation) {
		this.curation = curation;
	}

	public Set<Participation> getParticipants() {
		return participants;
	}

	public Set<EncounterSource> getSources() {
		return sources;
	}

	public Set<String> getDisputes() {
		return disputes;
	}

	public void addParticipant(Participation participation) {
		participation.attachTo(this);
		participants.add(participation);
	}

	public void addSource(EncounterSource source) {
		source.attachTo(this);
		sources.add(source);
	}

	public List<EncounterSource> sourcesList() {
		return new ArrayList<>(sources);
	}
}
