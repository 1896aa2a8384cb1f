package org.diplomatictimeline.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.diplomatictimeline.system.NotPublished;

/** A reader's report of a problem with an encounter. Only editors ever see it. */
@Entity
@NotPublished
public class ProblemReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The encounter reported (it may since have been re-extracted under another id: the label says what it was). */
	private Long encounterId;

	private String label;

	@Column(nullable = false)
	private String text;

	private String contact;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant closedAt;

	private String closedBy;

	protected ProblemReport() {
	}

	ProblemReport(Long encounterId, String label, String text, String contact, Instant createdAt) {
		this.encounterId = encounterId;
		this.label = label;
		this.text = text;
		this.contact = contact;
		this.createdAt = createdAt;
	}

	void close(String by, Instant at) {
		this.closedBy = by;
		this.closedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getEncounterId() {
		return encounterId;
	}

	public String getLabel() {
		return label;
	}

	public String getText() {
		return text;
	}

	public String getContact() {
		return contact;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getClosedBy() {
		return closedBy;
	}
}
