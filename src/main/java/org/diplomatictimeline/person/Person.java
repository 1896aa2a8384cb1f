package org.diplomatictimeline.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An official who takes part in encounters or makes statements. */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The reference-data id, or a slug of the name for officials not in the reference data. */
	@Column(name = "person_key", nullable = false, unique = true)
	private String key;

	@Column(nullable = false)
	private String name;

	/** ISO 3166 alpha-2. */
	@Column(nullable = false, length = 2)
	private String country;

	@Column(nullable = false)
	private boolean inReference;

	protected Person() {
	}

	public Person(String key, String name, String country, boolean inReference) {
		this.key = key;
		this.name = name;
		this.country = country;
		this.inReference = inReference;
	}

	public Long getId() {
		return id;
	}

	public String getKey() {
		return key;
	}

	public String getName() {
		return name;
	}

	public String getCountry() {
		return country;
	}

	public boolean isInReference() {
		return inReference;
	}
}
