package org.diplomatictimeline.statement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.diplomatictimeline.system.IdCount;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface StatementRepository extends Repository<Statement, Long> {

	@EntityGraph(attributePaths = { "speaker", "article", "encounter" })
	@Query("select s from Statement s order by case when s.dateStart is null then 1 else 0 end, s.dateStart, s.id")
	List<Statement> findAllInOrder();

	/** One page of {@link #findAllInOrder()}. */
	@EntityGraph(attributePaths = { "speaker", "article", "encounter" })
	@Query(value = "select s from Statement s order by case when s.dateStart is null then 1 else 0 end, s.dateStart, s.id",
			countQuery = "select count(s) from Statement s")
	Page<Statement> findPageInOrder(Pageable pageable);

	/** The next statements after an id, by id: a bulk export reads the table in chunks. */
	@EntityGraph(attributePaths = { "speaker", "article", "encounter" })
	List<Statement> findByIdGreaterThanOrderById(Long id, Limit limit);

	@EntityGraph(attributePaths = { "speaker", "article" })
	List<Statement> findByEncounterIdOrderById(Long encounterId);

	@EntityGraph(attributePaths = { "speaker", "encounter" })
	List<Statement> findByArticleIdOrderByStartOffset(Long articleId);

	@EntityGraph(attributePaths = { "speaker", "article", "encounter" })
	@Query("select s from Statement s where s.speaker.id = :personId order by s.dateStart, s.id")
	List<Statement> findBySpeaker(@Param("personId") Long personId);

	/** A page of what a person said, oldest first. */
	@EntityGraph(attributePaths = { "speaker", "article", "encounter" })
	@Query(value = "select s from Statement s where s.speaker.id = :personId order by s.dateStart, s.id",
			countQuery = "select count(s) from Statement s where s.speaker.id = :personId")
	Page<Statement> findBySpeaker(@Param("personId") Long personId, Pageable page);

	/** Statements per encounter, for every encounter that has any. */
	@Query("select new org.diplomatictimeline.system.IdCount(s.encounter.id, count(s)) from Statement s"
			+ " where s.encounter is not null group by s.encounter.id")
	List<IdCount> countPerEncounter();

	/** Statements per encounter, for the given encounters. */
	@Query("select new org.diplomatictimeline.system.IdCount(s.encounter.id, count(s)) from Statement s"
			+ " where s.encounter.id in :encounterIds group by s.encounter.id")
	List<IdCount> countPerEncounter(@Param("encounterIds") Collection<Long> encounterIds);

	/** Statements per speaker (person id), for every person who said anything. */
	@Query("select new org.diplomatictimeline.system.IdCount(s.speaker.id, count(s)) from Statement s"
			+ " group by s.speaker.id")
	List<IdCount> countPerSpeaker();

	/** Statements per article, for the given articles. */
	@Query("select new org.diplomatictimeline.system.IdCount(s.article.id, count(s)) from Statement s"
			+ " where s.article.id in :articleIds group by s.article.id")
	List<IdCount> countPerArticle(@Param("articleIds") Collection<Long> articleIds);

	/**
	 * Encounters with a statement whose text matches a LIKE pattern, case-insensitively ('!' escapes).
	 */
	@Query("select distinct s.encounter.id from Statement s where s.encounter is not null"
			+ " and lower(s.text) like lower(:pattern) escape '!'")
	List<Long> findEncounterIdsByText(@Param("pattern") String pattern);

	Optional<Statement> findById(Long id);

	long count();

	/** Removes what an article said, before its statements are extracted again. */
	@Modifying
	@Query("delete from Statement s where s.article.id = :articleId")
	int deleteByArticleId(@Param("articleId") Long articleId);

	Statement save(Statement statement);
}
