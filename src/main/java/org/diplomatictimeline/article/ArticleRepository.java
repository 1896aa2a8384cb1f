package org.diplomatictimeline.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
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

	/** The next articles after an id, by id (topics batch-fetched): a bulk export reads the table in chunks. */
	List<Article> findByIdGreaterThanOrderById(Long id, Limit limit);

	/** The articles about a dispute topic, by file name. */
	@Query("select a from Article a where :slug member of a.disputes order by a.fileName, a.id")
	List<Article> findByDispute(@Param("slug") String slug);

	/** A page of the articles about a topic, oldest first by publication (or reference) date, undated last. */
	@Query(value = "select a from Article a where :slug member of a.disputes"
			+ " order by case when coalesce(a.published, a.referenceDate) is null then 1 else 0 end,"
			+ " coalesce(a.published, a.referenceDate), a.id",
			countQuery = "select count(a) from Article a where :slug member of a.disputes")
	Page<Article> findByDispute(@Param("slug") String slug, Pageable page);

	/** Per dispute topic: articles, earliest and latest publication (or reference) date. */
	@Query("select new org.diplomatictimeline.article.TopicArticles(d, count(a), min(coalesce(a.published, a.referenceDate)),"
			+ " max(coalesce(a.published, a.referenceDate))) from Article a join a.disputes d group by d")
	List<TopicArticles> topicDates();

	@Query("select a.id from Article a order by a.fileName, a.id")
	List<Long> findIdsInOrder();

	long count();

	Article save(Article article);

	void delete(Article article);
}
