package org.diplomatictimeline.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** A news article as ingested: its text is the source of truth for everything derived from it. */
@Entity
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String fileName;

	private String title;

	private String source;

	private String url;

	private LocalDate published;

	/** The date the article was written, as stated or inferred by the extractor. */
	private LocalDate referenceDate;

	/** Text after any front matter; evidence offsets point into it. */
	@Column(nullable = false)
	private String body;

	/** SHA-256 of the file's bytes: the same content is the same article. */
	@Column(nullable = false, unique = true, length = 64)
	private String contentHash;

	@Column(nullable = false)
	private Instant ingestedAt;

	@ElementCollection
	@CollectionTable(name = "article_dispute", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "slug")
	private Set<String> disputes = new LinkedHashSet<>();

	protected Article() {
	}

	public Article(String fileName, String body, String contentHash, Instant ingestedAt) {
		this.fileName = fileName;
		this.body = body;
		this.contentHash = contentHash;
		this.ingestedAt = ingestedAt;
	}

	public void describe(String title, String source, String url, LocalDate published, LocalDate referenceDate) {
		this.title = title;
		this.source = source;
		this.url = url;
		this.published = published;
		this.referenceDate = referenceDate;
	}

	/** The text after front matter as the extractor reads it now; evidence offsets point into it. */
	public void reviseBody(String body) {
		this.body = body;
	}

	public Long getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	/** The title from front matter, or the article's own headline (never the file name while there is text). */
	public String getDisplayTitle() {
		if (title != null) {
			return title;
		}
		String headline = Headline.of(body);
		return headline != null ? headline : fileName;
	}

	public String getTitle() {
		return title;
	}

	public String getSource() {
		return source;
	}

	public String getUrl() {
		return url;
	}

	public LocalDate getPublished() {
		return published;
	}

	public LocalDate getReferenceDate() {
		return referenceDate;
	}

	public String getBody() {
		return body;
	}

	public String getContentHash() {
		return contentHash;
	}

	public Instant getIngestedAt() {
		return ingestedAt;
	}

	public Set<String> getDisputes() {
		return disputes;
	}
}
