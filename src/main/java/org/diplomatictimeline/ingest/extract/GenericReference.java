package org.diplomatictimeline.ingest.extract;

import org.diplomatictimeline.domain.EncounterLevel;

/**
 * Officials named by office instead of name: "the leaders of Japan and South Korea", "the two
 * foreign ministers". Who they are follows from the date of what they did.
 *
 * @param three true for "the three leaders": the pair and a third country's counterpart
 */
record GenericReference(int sentence, int start, int end, EncounterLevel level, boolean three) {
}
