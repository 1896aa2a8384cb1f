package org.diplomatictimeline.timeline;

import org.diplomatictimeline.encounter.EncounterCard;

/**
 * One line of the summary strip: the most recent held encounter of a kind of meeting, how long ago it
 * was, and a link to every encounter of its two main participants.
 *
 * @param what message key suffix: leaders, foreign-ministers or call
 * @param agoUnit days, months or years (the unit that reads naturally for the date's precision and age)
 * @param ago how many of that unit, 0 for today / this month / this year
 * @param pairHref the timeline filtered to the encounters of its first two participants of different
 * countries, or null
 */
public record LatestEncounter(String what, EncounterCard encounter, String agoUnit, long ago, String pairHref) {
}
