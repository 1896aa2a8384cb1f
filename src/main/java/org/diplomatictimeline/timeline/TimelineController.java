package org.diplomatictimeline.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the timeline, narrowed by the facets in the query string. */
@Controller
class TimelineController {

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/")
	String timeline(TimelineParams params, Model model) {
		var parsed = timeline.parse(params);
		model.addAttribute("page", timeline.page(parsed.filter(), parsed.notices()));
		return "timeline";
	}
}
