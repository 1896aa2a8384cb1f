package org.diplomatictimeline.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One account a correction was made on: an article and the {@link org.diplomatictimeline.encounter.AccountKey}
 * of its account. {@code side} 0 is the target; 1 is the other encounter of a merge or the accounts a
 * split separated the target from.
 */
@Embeddable
public record CorrectionAccount(@Column(name = "side") int side, @Column(name = "article_id") long articleId,
		@Column(name = "account_key") String accountKey) {

	static final int TARGET = 0;

	static final int OTHER = 1;
}
