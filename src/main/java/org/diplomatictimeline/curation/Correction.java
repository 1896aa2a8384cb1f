package org.diplomatictimeline.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;

/**
 * One editor's correction: who, when, what (action, field, old and new value, note) and the accounts
 * it was made on. Never changed once made, except for being withdrawn (a rejected encounter restored),
 * and an account moved out of it when a later split takes it elsewhere.
 */
@Entity
public class Correction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CorrectionAction action;

	@Column(length = 32)
	private String field;

	private String oldValue;

	private String newValue;

	private String note;

	@Column(nullable = false)
	private String editor;

	@Column(nullable = false)
	private Instant createdAt;

	/** The article of a statement, article or added-encounter correction. */
	private Long articleId;

	/** Where the corrected statement starts in its article's body. */
	private Integer statementStart;

	/** What the target was when corrected, shown when the correction no longer finds it. */
	private String label;

	private Instant withdrawnAt;

	private String withdrawnBy;

	@ElementCollection
	@CollectionTable(name = "correction_account", joinColumns = @JoinColumn(name = "correction_id"))
	@OrderColumn(name = "position")
	private List<CorrectionAccount> accounts = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "correction_evidence", joinColumns = @JoinColumn(name = "correction_id"))
	@OrderColumn(name = "position")
	private List<EvidenceSpan> evidence = new ArrayList<>();

	protected Correction() {
	}

	Correction(CorrectionAction action, String editor, Instant createdAt) {
		this.action = action;
		this.editor = editor;
		this.createdAt = createdAt;
	}

	Correction field(String field, String oldValue, String newValue) {
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		return this;
	}

	Correction note(String note) {
		this.note = note == null || note.isBlank() ? null : note.strip();
		return this;
	}

	Correction article(Long articleId, Integer statementStart) {
		this.articleId = articleId;
		this.statementStart = statementStart;
		return this;
	}

	Correction label(String label) {
		this.label = label;
		return this;
	}

	void withdraw(String by, Instant at) {
		this.withdrawnBy = by;
		this.withdrawnAt = at;
	}

	public Long getId() {
		return id;
	}

	public CorrectionAction getAction() {
		return action;
	}

	public String getField() {
		return field;
	}

	public String getOldValue() {
		return oldValue;
	}

	public String getNewValue() {
		return newValue;
	}

	public String getNote() {
		return note;
	}

	public String getEditor() {
		return editor;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getArticleId() {
		return articleId;
	}

	public Integer getStatementStart() {
		return statementStart;
	}

	public String getLabel() {
		return label;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public String getWithdrawnBy() {
		return withdrawnBy;
	}

	public boolean isActive() {
		return withdrawnAt == null;
	}

	public List<CorrectionAccount> getAccounts() {
		return accounts;
	}

	List<CorrectionAccount> side(int side) {
		return accounts.stream().filter(a -> a.side() == side).toList();
	}

	public List<EvidenceSpan> getEvidence() {
		return evidence;
	}

	/** The account an added encounter's source carries. */
	String addedAccountKey() {
		return "added|" + id;
	}
}
