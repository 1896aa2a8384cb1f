package org.diplomatictimeline.curation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface ProblemReportRepository extends Repository<ProblemReport, Long> {

	ProblemReport save(ProblemReport report);

	Optional<ProblemReport> findById(Long id);

	/** Open reports, oldest first. */
	List<ProblemReport> findByClosedAtIsNullOrderByCreatedAtAscIdAsc(Pageable page);

	long countByClosedAtIsNull();
}
