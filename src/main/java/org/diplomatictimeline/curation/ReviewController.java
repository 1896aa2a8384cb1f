package org.diplomatictimeline.curation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' review queue. */
@Controller
class ReviewController {

	static final String VIEW = "curation/review";

	private final ReviewService review;

	private final ReportService reports;

	ReviewController(ReviewService review, ReportService reports) {
		this.review = review;
		this.reports = reports;
	}

	@GetMapping("/admin/review")
	String review(Model model) {
		model.addAttribute("reports", reports.open());
		model.addAttribute("likelyWrong", review.likelyWrong());
		model.addAttribute("needingReview", review.needingReview());
		model.addAttribute("rejected", review.rejected());
		return VIEW;
	}
}
