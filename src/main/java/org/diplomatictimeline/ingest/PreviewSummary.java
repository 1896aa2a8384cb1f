package org.diplomatictimeline.ingest;

import java.util.List;

/**
 * What an upload would add, counted over its files, for the line at the top of the preview: "75 files:
 * 60 new, 10 already stored, 5 rejected; 120 encounter accounts (30 new encounters), 45 statements".
 */
public record PreviewSummary(int files, int fresh, int present, int rejected, int accounts, int newEncounters,
		int statements) {

	public static PreviewSummary of(List<ArticlePreview> previews) {
		int fresh = 0;
		int present = 0;
		int rejected = 0;
		int accounts = 0;
		int newEncounters = 0;
		int statements = 0;
		for (ArticlePreview p : previews) {
			if (p.rejected()) {
				rejected++;
			}
			else if (p.alreadyPresent()) {
				present++;
			}
			else {
				fresh++;
				accounts += p.encounters().size();
				newEncounters += (int) p.encounters().stream().filter(e -> e.joinsId() == null).count();
				statements += p.statements().size();
			}
		}
		return new PreviewSummary(previews.size(), fresh, present, rejected, accounts, newEncounters, statements);
	}
}
