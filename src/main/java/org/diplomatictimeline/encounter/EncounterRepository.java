package org.diplomatictimeline.encounter;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface EncounterRepository extends Repository<Encounter, Long> {

	/** Every encounter, oldest first (undated last), with participants and their persons loaded. */
	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select e from Encounter e order by case when e.dateStart is null then 1 else 0 end, e.dateStart, e.id")
	List<Encounter> findTimeline();

	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select e from Encounter e where e.id = :id")
	Optional<Encounter> findDetailed(@Param("id") Long id);

	/** Encounters in which the person takes part: the candidates an extracted encounter may join. */
	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select distinct e from Encounter e join e.participants p where p.person.id = :personId")
	List<Encounter> findByParticipant(@Param("personId") Long personId);

	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select distinct e from Encounter e join e.sources s where s.article.id = :articleId")
	List<Encounter> findBySourceArticle(@Param("articleId") Long articleId);

	Optional<Encounter> findById(Long id);

	long count();

	Encounter save(Encounter encounter);

	void delete(Encounter encounter);
}
