package org.diplomatictimeline.system;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An editor account an admin created in the browser; only a bcrypt hash of the password is kept. */
@Entity
@NotPublished
public class EditorAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@Column(nullable = false, length = 100)
	private String passwordHash;

	@Column(nullable = false)
	private boolean admin;

	@Column(nullable = false)
	private boolean enabled;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String createdBy;

	protected EditorAccount() {
	}

	EditorAccount(String username, String passwordHash, boolean admin, Instant createdAt, String createdBy) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.admin = admin;
		this.enabled = true;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public boolean isAdmin() {
		return admin;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}
}
