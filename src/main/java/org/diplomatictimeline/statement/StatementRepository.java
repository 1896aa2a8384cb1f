package org.diplomatictimeline.statement;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface StatementRepository extends Repository<Statement, Long> {

	@EntityGraph(attributePaths = { "speaker", "article", "encounter" })
	@Query("select s from Statement s order by case when s.dateStart is null then 1 else 0 end, s.dateStart, s.id")
	List<Statement> findAllInOrder();

	@EntityGraph(attributePaths = { "speaker", "article" })
	List<Statement> findByEncounterIdOrderById(Long encounterId);

	@EntityGraph(attributePaths = { "speaker", "encounter" })
	List<Statement> findByArticleIdOrderByStartOffset(Long articleId);

	@EntityGraph(attributePaths = { "speaker", "article", "encounter" })
	@Query("select s from Statement s where s.speaker.id = :personId order by s.dateStart, s.id")
	List<Statement> findBySpeaker(@Param("personId") Long personId);

	long count();

	Statement save(Statement statement);
}
