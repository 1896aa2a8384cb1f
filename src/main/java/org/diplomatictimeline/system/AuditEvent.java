package org.diplomatictimeline.system;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One write: who did what to what, when. */
@Entity
@NotPublished
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false, length = 64)
	private String action;

	private String target;

	private String detail;

	protected AuditEvent() {
	}

	AuditEvent(Instant at, String actor, String action, String target, String detail) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.target = target;
		this.detail = detail;
	}

	public Long getId() {
		return id;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getTarget() {
		return target;
	}

	public String getDetail() {
		return detail;
	}
}
