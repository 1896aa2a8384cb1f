package org.diplomatictimeline.person;

import java.util.List;

import org.diplomatictimeline.encounter.EncounterCard;
import org.diplomatictimeline.statement.StatementView;
import org.diplomatictimeline.system.DateView;
import org.diplomatictimeline.system.Pages;

/**
 * Everything about one person.
 *
 * @param termsFromReference true when the offices come from the reference data (terms of office);
 *        false when they are only the offices seen in encounters, between the first and last seen
 * @param encounters one page of their encounters, oldest first
 * @param statements their first statements, of {@code statementCount}
 */
public record PersonDetail(String key, String name, String countryName, List<OfficeTerm> offices,
		boolean termsFromReference, List<EncounterCard> encounters, List<StatementView> statements,
		List<Counterpart> counterparts, Pages encounterPages, long statementCount) {

	/** Everything on one page. */
	public PersonDetail(String key, String name, String countryName, List<OfficeTerm> offices,
			boolean termsFromReference, List<EncounterCard> encounters, List<StatementView> statements,
			List<Counterpart> counterparts) {
		this(key, name, countryName, offices, termsFromReference, encounters, statements, counterparts,
				new Pages(1, 1, "/people/" + key, ""), statements.size());
	}

	/** @param to null while in office */
	public record OfficeTerm(String office, DateView from, DateView to) {
	}

	/** Someone this person met, with how often. */
	public record Counterpart(String key, String name, String office, String countryName, long meetings) {
	}
}
