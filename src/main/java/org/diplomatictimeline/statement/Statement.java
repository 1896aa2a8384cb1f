package org.diplomatictimeline.statement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.diplomatictimeline.article.Article;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.domain.DatePrecision;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.StatementKind;
import org.diplomatictimeline.person.Person;

/** Something an official said, quoted or reported, as one article tells it. */
@Entity
public class Statement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person speaker;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "encounter_id")
	private Encounter encounter;

	@Column(nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private StatementKind kind;

	private String via;

	private LocalDate dateStart;

	@Enumerated(EnumType.STRING)
	@Column(length = 8)
	private DatePrecision datePrecision;

	@Column(name = "start_offset", nullable = false)
	private int startOffset;

	@Column(name = "end_offset", nullable = false)
	private int endOffset;

	protected Statement() {
	}

	public Statement(Person speaker, Article article, String text, StatementKind kind, String via, FuzzyDate date,
			int startOffset, int endOffset) {
		this.speaker = speaker;
		this.article = article;
		this.text = text;
		this.kind = kind;
		this.via = via;
		this.dateStart = date == null ? null : date.start();
		this.datePrecision = date == null ? null : date.precision();
		this.startOffset = startOffset;
		this.endOffset = endOffset;
	}

	public Long getId() {
		return id;
	}

	public Person getSpeaker() {
		return speaker;
	}

	public Article getArticle() {
		return article;
	}

	public Encounter getEncounter() {
		return encounter;
	}

	/** An editor's fix of who said it. */
	public void setSpeaker(Person speaker) {
		this.speaker = speaker;
	}

	public void setEncounter(Encounter encounter) {
		this.encounter = encounter;
	}

	public String getText() {
		return text;
	}

	public StatementKind getKind() {
		return kind;
	}

	public String getVia() {
		return via;
	}

	public FuzzyDate getDate() {
		return dateStart == null ? null : new FuzzyDate(dateStart, datePrecision);
	}

	public int getStartOffset() {
		return startOffset;
	}

	public int getEndOffset() {
		return endOffset;
	}
}
