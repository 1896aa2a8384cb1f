package org.diplomatictimeline.encounter;

import java.util.List;

import org.diplomatictimeline.statement.StatementView;

/** Everything known about one encounter. */
public record EncounterDetail(EncounterCard encounter, List<StatementView> statements, List<SourceView> sources) {
}
