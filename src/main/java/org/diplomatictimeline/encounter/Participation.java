package org.diplomatictimeline.encounter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.diplomatictimeline.person.Person;

/** A person's part in an encounter, with the office held at the time. */
@Entity
public class Participation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "encounter_id")
	private Encounter encounter;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	private String office;

	@Column(nullable = false, length = 2)
	private String country;

	protected Participation() {
	}

	public Participation(Person person, String office, String country) {
		this.person = person;
		this.office = office;
		this.country = country;
	}

	void attachTo(Encounter encounter) {
		this.encounter = encounter;
	}

	public Long getId() {
		return id;
	}

	public Encounter getEncounter() {
		return encounter;
	}

	public Person getPerson() {
		return person;
	}

	public String getOffice() {
		return office;
	}

	public void setOffice(String office) {
		this.office = office;
	}

	public String getCountry() {
		return country;
	}
}
