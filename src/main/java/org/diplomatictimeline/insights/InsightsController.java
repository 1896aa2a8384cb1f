package org.diplomatictimeline.insights;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Relations at a glance. */
@Controller
class InsightsController {

	private final InsightsService insights;

	InsightsController(InsightsService insights) {
		this.insights = insights;
	}

	@GetMapping("/insights")
	String insights(Model model) {
		model.addAttribute("insights", insights.insights());
		return "insights";
	}
}
