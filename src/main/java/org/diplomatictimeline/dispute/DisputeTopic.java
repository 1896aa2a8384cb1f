package org.diplomatictimeline.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A dispute topic between Japan and South Korea, kept in step with data/reference/disputes.csv. */
@Entity
public class DisputeTopic {

	@Id
	private String slug;

	@Column(nullable = false)
	private String label;

	private String background;

	protected DisputeTopic() {
	}

	public DisputeTopic(String slug, String label, String background) {
		this.slug = slug;
		update(label, background);
	}

	public void update(String label, String background) {
		this.label = label;
		this.background = background;
	}

	public String getSlug() {
		return slug;
	}

	public String getLabel() {
		return label;
	}

	public String getBackground() {
		return background;
	}
}
