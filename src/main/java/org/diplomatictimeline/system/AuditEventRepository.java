package org.diplomatictimeline.system;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findAllByOrderByAtDescIdDesc(Pageable page);

	List<AuditEvent> findByActionOrderByIdDesc(String action, Pageable page);
}
