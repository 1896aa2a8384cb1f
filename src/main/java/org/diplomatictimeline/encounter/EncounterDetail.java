package org.diplomatictimeline.encounter;

import java.util.List;

import org.diplomatictimeline.statement.StatementView;

/**
 * Everything known about one encounter.
 *
 * @param earlierId the encounter before it on the timeline, null for the first; laterId likewise
 */
public record EncounterDetail(EncounterCard encounter, List<StatementView> statements, List<SourceView> sources,
		Long earlierId, Long laterId) {
}
