package org.diplomatictimeline.timeline;

import org.diplomatictimeline.system.StartupProgress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: a page of the timeline, narrowed by the facets in the query string. */
@Controller
class TimelineController {

	private final TimelineService timeline;

	private final StartupProgress startup;

	TimelineController(TimelineService timeline, StartupProgress startup) {
		this.timeline = timeline;
		this.startup = startup;
	}

	@GetMapping("/")
	String timeline(TimelineParams params, @RequestParam(defaultValue = "1") int page, Model model) {
		var parsed = timeline.parse(params);
		model.addAttribute("page", timeline.page(parsed.filter(), parsed.notices(), page));
		model.addAttribute("ingesting", startup.current().orElse(null));
		return "timeline";
	}
}
