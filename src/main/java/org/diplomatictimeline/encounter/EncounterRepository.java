package org.diplomatictimeline.encounter;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.diplomatictimeline.system.IdCount;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	/** The next encounter ids after one, by id: a bulk export reads the table in chunks. */
	@Query("select e.id from Encounter e where e.id > :after order by e.id")
	List<Long> findIdsAfter(@Param("after") Long after, Limit limit);

	/** The encounters with these ids, in no particular order, with participants and their persons loaded. */
	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select e from Encounter e where e.id in :ids")
	List<Encounter> findAllWithParticipants(@Param("ids") Collection<Long> ids);

	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select e from Encounter e where e.id = :id")
	Optional<Encounter> findDetailed(@Param("id") Long id);

	/** Encounters in which the person takes part: the candidates an extracted encounter may join. */
	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select distinct e from Encounter e join e.participants p where p.person.id = :personId")
	List<Encounter> findByParticipant(@Param("personId") Long personId);

	/**
	 * Encounters of the person dated from {@code from} to {@code to}: the candidates an extracted encounter
	 * may join, read without the person's whole history (hundreds of encounters in a large archive).
	 */
	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select distinct e from Encounter e join e.participants p where p.person.id = :personId"
			+ " and e.dateStart between :from and :to")
	List<Encounter> findByParticipantDatedBetween(@Param("personId") Long personId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	@EntityGraph(attributePaths = { "participants", "participants.person" })
	@Query("select distinct e from Encounter e join e.sources s where s.article.id = :articleId")
	List<Encounter> findBySourceArticle(@Param("articleId") Long articleId);

	Optional<Encounter> findById(Long id);

	/** Ids of every encounter in timeline order (oldest first, undated last). */
	@Query("select e.id from Encounter e order by case when e.dateStart is null then 1 else 0 end, e.dateStart, e.id")
	List<Long> findIdsInTimelineOrder();

	/** The dated encounters just before (date, id) in timeline order, nearest first. */
	@Query("select e.id from Encounter e where e.dateStart < :date or (e.dateStart = :date and e.id < :id)"
			+ " order by e.dateStart desc, e.id desc")
	List<Long> findDatedBefore(@Param("date") LocalDate date, @Param("id") Long id, Limit limit);

	/** The dated encounters just after (date, id) in timeline order, nearest first. */
	@Query("select e.id from Encounter e where e.dateStart > :date or (e.dateStart = :date and e.id > :id)"
			+ " order by e.dateStart, e.id")
	List<Long> findDatedAfter(@Param("date") LocalDate date, @Param("id") Long id, Limit limit);

	/** The last dated encounters in timeline order, last first. */
	@Query("select e.id from Encounter e where e.dateStart is not null order by e.dateStart desc, e.id desc")
	List<Long> findLastDated(Limit limit);

	/** Undated encounters before an id (undated ones come last, by id), nearest first. */
	@Query("select e.id from Encounter e where e.dateStart is null and e.id < :id order by e.id desc")
	List<Long> findUndatedBefore(@Param("id") Long id, Limit limit);

	/** Undated encounters after an id, nearest first. */
	@Query("select e.id from Encounter e where e.dateStart is null and e.id > :id order by e.id")
	List<Long> findUndatedAfter(@Param("id") Long id, Limit limit);

	/** A page of an encounter's sources with their articles: main reports first, then by article. */
	@Query("select s from EncounterSource s join fetch s.article a where s.encounter.id = :id order by s.role, a.id")
	List<EncounterSource> findSources(@Param("id") Long id, Pageable page);

	/** Every source of these encounters with its article and evidence, in one query. */
	@Query("select distinct s from EncounterSource s join fetch s.article left join fetch s.evidence"
			+ " where s.encounter.id in :ids")
	List<EncounterSource> findSourcesOf(@Param("ids") Collection<Long> ids);

	/**
	 * The evidence sentences of these encounters' sources, main reports first, each source's sentences in
	 * their order: what {@link OutcomeLine} reads.
	 */
	@Query("select new org.diplomatictimeline.encounter.SourceSentence(s.encounter.id, s.role, ev.text)"
			+ " from EncounterSource s join s.evidence ev where s.encounter.id in :ids"
			+ " order by s.encounter.id, s.role, s.id, index(ev)")
	List<SourceSentence> findSourceSentences(@Param("ids") Collection<Long> ids);

	@Query("select count(s) from EncounterSource s where s.encounter.id = :id")
	long countSources(@Param("id") Long id);

	/** Sources per encounter, for the given encounters. */
	@Query("select new org.diplomatictimeline.system.IdCount(s.encounter.id, count(s)) from EncounterSource s"
			+ " where s.encounter.id in :ids group by s.encounter.id")
	List<IdCount> countSourcesPerEncounter(@Param("ids") Collection<Long> ids);

	/** Encounters told by an article whose text matches a LIKE pattern, case-insensitively ('!' escapes). */
	@Query("select distinct s.encounter.id from EncounterSource s where lower(s.article.body) like lower(:pattern) escape '!'")
	List<Long> findIdsBySourceText(@Param("pattern") String pattern);

	/** How many distinct encounters each of the given articles tells. */
	@Query("select new org.diplomatictimeline.system.IdCount(s.article.id, count(distinct s.encounter.id))"
			+ " from EncounterSource s where s.article.id in :articleIds group by s.article.id")
	List<IdCount> countPerArticle(@Param("articleIds") Collection<Long> articleIds);

	/** Per dispute topic and date precision: encounters, earliest and latest start. */
	@Query("select new org.diplomatictimeline.encounter.DateStats(d, e.datePrecision, count(e), min(e.dateStart),"
			+ " max(e.dateStart)) from Encounter e join e.disputes d group by d, e.datePrecision")
	List<DateStats> disputeDates();

	/** {@link #disputeDates()} for one topic. */
	@Query("select new org.diplomatictimeline.encounter.DateStats(d, e.datePrecision, count(e), min(e.dateStart),"
			+ " max(e.dateStart)) from Encounter e join e.disputes d where d = :slug group by d, e.datePrecision")
	List<DateStats> disputeDates(@Param("slug") String slug);

	/** A page of the ids of the encounters touching a topic, in timeline order. */
	@Query(value = "select e.id from Encounter e where :slug member of e.disputes"
			+ " order by case when e.dateStart is null then 1 else 0 end, e.dateStart, e.id",
			countQuery = "select count(e) from Encounter e where :slug member of e.disputes")
	Page<Long> findIdsByDispute(@Param("slug") String slug, Pageable page);

	/** A page of the ids of the encounters a person took part in, in timeline order. */
	@Query(value = "select e.id from Encounter e where exists (select 1 from Participation p where p.encounter = e"
			+ " and p.person.id = :personId) order by case when e.dateStart is null then 1 else 0 end, e.dateStart, e.id",
			countQuery = "select count(e) from Encounter e where exists (select 1 from Participation p"
					+ " where p.encounter = e and p.person.id = :personId)")
	Page<Long> findIdsByParticipant(@Param("personId") Long personId, Pageable page);

	long count();

	Encounter save(Encounter encounter);

	void delete(Encounter encounter);
}
