package org.diplomatictimeline.curation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CorrectionRepository extends Repository<Correction, Long> {

	Correction save(Correction correction);

	Optional<Correction> findById(Long id);

	long count();

	/** Corrections in force made on an account of one of these articles, or about one of them, oldest first. */
	@EntityGraph(attributePaths = "accounts")
	@Query("select distinct c from Correction c left join c.accounts a where c.withdrawnAt is null"
			+ " and (a.articleId in :articleIds or c.articleId in :articleIds) order by c.id")
	List<Correction> findActiveTouching(@Param("articleIds") Collection<Long> articleIds);

	/** Every correction, withdrawn or not, made on an account of one of these articles or about one of them. */
	@EntityGraph(attributePaths = "accounts")
	@Query("select distinct c from Correction c left join c.accounts a"
			+ " where a.articleId in :articleIds or c.articleId in :articleIds order by c.id")
	List<Correction> findAllTouching(@Param("articleIds") Collection<Long> articleIds);

	@EntityGraph(attributePaths = "accounts")
	@Query("select c from Correction c where c.withdrawnAt is null order by c.id")
	List<Correction> findActive();

	@EntityGraph(attributePaths = "accounts")
	@Query("select c from Correction c where c.withdrawnAt is null and c.action = :action order by c.id")
	List<Correction> findActiveByAction(@Param("action") CorrectionAction action);
}
