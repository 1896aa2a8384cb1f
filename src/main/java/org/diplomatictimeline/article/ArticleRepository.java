package org.diplomatictimeline.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends Repository<Article, Long> {

	Optional<Article> findById(Long id);

	Optional<Article> findByContentHash(String contentHash);

	@EntityGraph(attributePaths = "disputes")
	List<Article> findAllByOrderByFileName();

	Page<Article> findAllByOrderByFileName(Pageable pageable);

	/** The articles about a dispute topic, by file name. */
	@Query("select a from Article a where :slug member of a.disputes order by a.fileName, a.id")
	List<Article> findByDispute(@Param("slug") String slug);

	@Query("select a.id from Article a order by a.fileName, a.id")
	List<Long> findIdsInOrder();

	long count();

	Article save(Article article);

	void delete(Article article);
}
