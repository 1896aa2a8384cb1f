package org.diplomatictimeline.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.diplomatictimeline.domain.DatePrecision;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.encounter.CurationState;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.diplomatictimeline.system.DateView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' review queue: readers' reports, the extractions most likely wrong, rejected encounters
 * (restorable) and corrections that no longer find what they were made on.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

	static final int PAGE = 200;

	private final ReviewQueries queries;

	private final CorrectionRepository corrections;

	private final CorrectionApplier applier;

	private final SuspectEncounters suspects;

	ReviewService(ReviewQueries queries, CorrectionRepository corrections, CorrectionApplier applier,
			ReferenceData reference) {
		this.queries = queries;
		this.corrections = corrections;
		this.applier = applier;
		this.suspects = new SuspectEncounters(reference);
	}

	/**
	 * Up to 200 unreviewed encounters that look wrong, oldest first, with the reasons: those the database
	 * finds by their own fields, and those that look like a duplicate of another encounter or whose
	 * occasion did not take place there and then.
	 */
	public List<ReviewItem> likelyWrong() {
		Map<Long, Encounter> found = new LinkedHashMap<>();
		queries.findLikelyWrong(CurationState.EXTRACTED, DatePrecision.DAY, SourceRole.MENTIONED, PageRequest.of(0, PAGE))
			.forEach(e -> found.put(e.getId(), e));
		Map<Long, List<String>> more = new LinkedHashMap<>();
		List<Encounter> dated = queries.findDatedInOrder();
		suspects.reasons(dated).forEach(more::put);
		for (Encounter e : dated) {
			if (more.containsKey(e.getId()) && e.getCuration() == CurationState.EXTRACTED) {
				found.putIfAbsent(e.getId(), e);
			}
		}
		return found.values()
			.stream()
			.sorted(Comparator.comparing((Encounter e) -> e.getDate() == null ? LocalDate.MAX : e.getDate().start())
				.thenComparing(Encounter::getId))
			.limit(PAGE)
			.map(e -> {
				ReviewItem item = item(e);
				List<String> reasons = new ArrayList<>(item.reasons());
				reasons.addAll(more.getOrDefault(e.getId(), List.of()));
				return new ReviewItem(item.id(), item.date(), item.kind(), item.city(), item.who(), reasons);
			})
			.toList();
	}

	static ReviewItem item(Encounter e) {
		List<String> reasons = new ArrayList<>();
		if (e.getCity() == null) {
			reasons.add("no-place");
		}
		if (e.getDate() == null || e.getDate().precision() != DatePrecision.DAY) {
			reasons.add("no-exact-date");
		}
		if (e.getParticipants().stream().anyMatch(p -> !p.getPerson().isInReference())) {
			reasons.add("outside-reference");
		}
		if (e.getSources().size() == 1 && e.getSources().iterator().next().getRole() == SourceRole.MENTIONED) {
			reasons.add("passing-mention");
		}
		String who = e.getParticipants().stream().map(p -> p.getPerson().getName()).collect(Collectors.joining(", "));
		return new ReviewItem(e.getId(), DateView.of(e.getDate()), e.getKind().code(), e.getCity(), who, reasons);
	}

	/** Rejections in force, newest first: what an editor may restore. */
	public List<Correction> rejected() {
		List<Correction> list = new ArrayList<>(corrections.findActiveByAction(CorrectionAction.REJECT));
		java.util.Collections.reverse(list);
		return list;
	}

	/** Corrections in force that no longer find what they were made on (e.g. its article was deleted). */
	public List<Correction> needingReview() {
		return corrections.findActive().stream().filter(c -> !applier.applies(c)).toList();
	}
}
