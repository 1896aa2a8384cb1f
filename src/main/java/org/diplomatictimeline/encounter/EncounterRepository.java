package org.diplomatictimeline.encounter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.diplomatictimeline.system.IdCount;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface EncounterRepository extends Repository<Encounter, Long> {

	/** Every encounter, oldest first (undated last), with participants and their persons loaded. */
	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select e from Encounter e order by case when e.dateStart is null then 1 else 0 end, e.dateStart, e.id")
	List<Encounter> findTimeline();

	/** The encounters that touch a dispute topic, in timeline order, with participants and their persons. */
	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select e from Encounter e where :slug member of e.disputes"
			+ " order by case when e.dateStart is null then 1 else 0 end, e.dateStart, e.id")
	List<Encounter> findByDispute(@Param("slug") String slug);

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

	/** Ids of every encounter in timeline order (oldest first, undated last): for earlier/later links. */
	@Query("select e.id from Encounter e order by case when e.dateStart is null then 1 else 0 end, e.dateStart, e.id")
	List<Long> findIdsInTimelineOrder();

	/** Encounters told by an article whose text matches a LIKE pattern, case-insensitively ('!' escapes). */
	@Query("select distinct s.encounter.id from EncounterSource s where lower(s.article.body) like lower(:pattern) escape '!'")
	List<Long> findIdsBySourceText(@Param("pattern") String pattern);

	/** How many distinct encounters each of the given articles tells. */
	@Query("select new org.diplomatictimeline.system.IdCount(s.article.id, count(distinct s.encounter.id))"
			+ " from EncounterSource s where s.article.id in :articleIds group by s.article.id")
	List<IdCount> countPerArticle(@Param("articleIds") Collection<Long> articleIds);

	long count();

	Encounter save(Encounter encounter);

	void delete(Encounter encounter);
}
