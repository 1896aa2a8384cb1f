package org.diplomatictimeline.curation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.system.AuditLog;
import org.diplomatictimeline.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Readers' problem reports: taken without sign-in, a few per client and ten minutes; closed by editors. */
@Service
public class ReportService {

	/** Reports one client may send within {@link #WINDOW}. */
	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private final ProblemReportRepository reports;

	private final EncounterRepository encounters;

	private final Clock clock;

	private final RateLimiter limiter;

	private final AuditLog audit;

	ReportService(ProblemReportRepository reports, EncounterRepository encounters, Clock clock, AuditLog audit) {
		this.audit = audit;
		this.reports = reports;
		this.encounters = encounters;
		this.clock = clock;
		this.limiter = new RateLimiter(LIMIT, WINDOW, clock);
	}

	/** What became of a report. */
	public enum Outcome {
		STORED, TOO_MANY, INVALID
	}

	@Transactional
	public Outcome report(long encounterId, String text, String contact, String client) {
		String t = text == null ? "" : text.strip();
		String c = contact == null || contact.isBlank() ? null : contact.strip();
		if (t.isEmpty() || t.length() > 2000 || (c != null && c.length() > 200)) {
			return Outcome.INVALID;
		}
		var encounter = encounters.findDetailed(encounterId).orElseThrow(() -> new NotFoundException("encounter", encounterId));
		if (!limiter.tryAcquire(client)) {
			return Outcome.TOO_MANY;
		}
		ProblemReport stored = reports.save(new ProblemReport(encounterId, CurationService.label(encounter), t, c, Instant.now(clock)));
		audit.record(AuditLog.ANONYMOUS, "report.create", "encounter " + encounterId, "report " + stored.getId());
		return Outcome.STORED;
	}

	@Transactional(readOnly = true)
	public List<ProblemReport> open() {
		return reports.findByClosedAtIsNullOrderByCreatedAtAscIdAsc(PageRequest.of(0, 500));
	}

	@Transactional
	public void close(long reportId, String editor) {
		reports.findById(reportId)
			.orElseThrow(() -> new NotFoundException("report", reportId))
			.close(editor, Instant.now(clock));
		audit.record(editor, "report.close", "report " + reportId, null);
	}
}
