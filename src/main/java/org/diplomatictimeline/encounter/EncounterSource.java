package org.diplomatictimeline.encounter;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.domain.SourceRole;

/** One article's account of an encounter: whether it is the article's subject, and the sentences that say so. */
@Entity
public class EncounterSource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "encounter_id")
	private Encounter encounter;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SourceRole role;

	@ElementCollection
	@CollectionTable(name = "source_evidence", joinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	private List<Evidence> evidence = new ArrayList<>();

	/** Which account of its article this is ({@link AccountKey}): what editors' corrections point at. */
	private String accountKey;

	protected EncounterSource() {
	}

	public EncounterSource(Article article, SourceRole role, List<Evidence> evidence) {
		this(article, role, evidence, null);
	}

	public EncounterSource(Article article, SourceRole role, List<Evidence> evidence, String accountKey) {
		this.article = article;
		this.role = role;
		this.evidence.addAll(evidence);
		this.accountKey = accountKey;
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

	public Article getArticle() {
		return article;
	}

	public SourceRole getRole() {
		return role;
	}

	public List<Evidence> getEvidence() {
		return evidence;
	}

	/** The account key, or one derived from the encounter for sources stored before keys existed. */
	public String getAccountKey() {
		return accountKey != null ? accountKey : AccountKey.of(encounter);
	}
}
