package org.diplomatictimeline.curation;

import java.util.List;

import org.diplomatictimeline.domain.DatePrecision;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.encounter.CurationState;
import org.diplomatictimeline.encounter.Encounter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The extractions most likely wrong, found by the database: no editor has looked at them yet, and
 * they have no place, no exact date, a participant outside the reference data, or only one source
 * that merely mentions them. Oldest encounter first.
 */
interface ReviewQueries extends Repository<Encounter, Long> {

	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select e from Encounter e where e.curation = :extracted and (e.city is null or e.dateStart is null"
			+ " or e.datePrecision <> :day"
			+ " or exists (select p from Participation p where p.encounter = e and p.person.inReference = false)"
			+ " or (select count(s) from EncounterSource s where s.encounter = e) = 1"
			+ " and not exists (select s from EncounterSource s where s.encounter = e and s.role <> :mentioned))"
			+ " order by case when e.dateStart is null then 1 else 0 end, e.dateStart, e.id")
	List<Encounter> findLikelyWrong(@Param("extracted") CurationState extracted, @Param("day") DatePrecision day,
			@Param("mentioned") SourceRole mentioned, Pageable page);

	/** Every dated encounter with its participants, oldest first: what duplicates and occasions are checked on. */
	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select e from Encounter e where e.dateStart is not null order by e.dateStart, e.id")
	List<Encounter> findDatedInOrder();
}
