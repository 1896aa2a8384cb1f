package org.diplomatictimeline.ingest.extract;

import org.diplomatictimeline.ingest.reference.GatheringSeriesRef;

/** A multilateral gathering named in a sentence ("on the sidelines of the APEC summit"). */
record GatheringMention(int start, int end, GatheringSeriesRef series) {
}
