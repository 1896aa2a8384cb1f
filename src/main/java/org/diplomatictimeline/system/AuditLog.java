package org.diplomatictimeline.system;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every write is recorded here with who, when, what and on what. Joins the caller's
 * transaction, so a write that fails leaves no audit line and an audited write cannot be lost.
 */
@Service
public class AuditLog {

	/** The actor of writes made without signing in (readers' reports). */
	public static final String ANONYMOUS = "anonymous";

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, String target, String detail) {
		events.save(new AuditEvent(Instant.now(clock), actor == null ? ANONYMOUS : abbreviate(actor, 200), action,
				abbreviate(target, 300), abbreviate(detail, 2000)));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> latest(int count) {
		return events.findAllByOrderByAtDescIdDesc(PageRequest.of(0, count));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> latest(String action, int count) {
		return events.findByActionOrderByIdDesc(action, PageRequest.of(0, count));
	}

	private static String abbreviate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}
}
