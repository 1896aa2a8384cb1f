package org.diplomatictimeline.ingest.extract;

import java.util.List;

import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.Formality;

/**
 * One statement in one clause that two sides met (or will meet): who, and what the clause says
 * about when, where, how. Several frames of an article usually describe the same encounter.
 *
 * @param named officials named in the clause (both sides, possibly a third party)
 * @param generic the pair named by office ("the two leaders"), or null
 * @param visitBy for "X visited Tokyo": the visiting side's level, the host being the counterpart then in office
 * @param date the date expression of the clause, or null
 * @param daysFromMain for "two days after X met": the offset from the main encounter's date
 * @param strong true when a meeting word is present (a joint verb alone is weak)
 * @param trilateral true when a third country's official takes part
 * @param anaphor true for a sentence that only continues the story of the previous encounter ("The call came ...")
 */
record Frame(Sentence sentence, int start, int end, List<OfficialMention> named, GenericReference generic,
		EncounterLevel visitBy, String visitCountry, DateExpression date, Integer daysFromMain, EncounterStatus status,
		PlaceMention place, GatheringMention gathering, boolean phone, boolean brief, Formality formality,
		Integer duration, boolean strong, boolean planningWords, boolean trilateral, boolean anaphor) {

	boolean caption() {
		return sentence.caption();
	}

	int index() {
		return sentence.index();
	}
}
