package org.diplomatictimeline.encounter;

import java.util.List;

import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.Pages;

/**
 * Everything known about one encounter, with one page of its sources.
 *
 * @param sources the sources on this page: main reports first, then by article
 * @param earlierId the encounter before it on the timeline, null for the first; laterId likewise
 * @param sourcePage this page of sources, from 1
 * @param sourcePages how many pages the sources fill (at least 1)
 */
public record EncounterDetail(EncounterCard encounter, List<StatementView> statements, List<SourceView> sources,
		Long earlierId, Long laterId, int sourcePage, int sourcePages) {

	/** All sources on one page. */
	public EncounterDetail(EncounterCard encounter, List<StatementView> statements, List<SourceView> sources,
			Long earlierId, Long laterId) {
		this(encounter, statements, sources, earlierId, laterId, 1, 1);
	}

	/** Paging of the sources, in the shape the pagination partial reads. */
	public Pages sourcePaging() {
		return new Pages(sourcePage, sourcePages, "/encounters/" + encounter.id(), "#sources-heading");
	}
}
