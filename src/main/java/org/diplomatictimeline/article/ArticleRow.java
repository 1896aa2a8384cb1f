package org.diplomatictimeline.article;

import java.util.List;

import org.diplomatictimeline.system.DisputeChip;
import org.diplomatictimeline.system.DateView;

/** An article in the list, with what it yielded. */
public record ArticleRow(Long id, String title, String outlet, DateView published, String fileName,
		long encounters, long statements, List<DisputeChip> topics) {
}
