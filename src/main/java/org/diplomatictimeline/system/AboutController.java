package org.diplomatictimeline.system;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The human guide to the JSON API and the exports. */
@Controller
class AboutController {

	/** An endpoint with a working example URL; {@code key} names its description in the message bundle. */
	record Endpoint(String example, String key) {
	}

	static final List<Endpoint> ENDPOINTS = List.of(new Endpoint("/api/timeline", "about.api.timeline"),
			new Endpoint("/api/encounters", "about.api.encounters"),
			new Endpoint("/api/encounters?dispute=export-controls&level=leaders", "about.api.encountersFiltered"),
			new Endpoint("/api/encounters?q=future-oriented&from=2022", "about.api.encountersText"),
			new Endpoint("/api/statements", "about.api.statements"), new Endpoint("/api/articles", "about.api.articles"),
			new Endpoint("/export.csv?dispute=wartime-labor", "about.api.csv"),
			new Endpoint("/export.json?person=fumio-kishida", "about.api.json"),
			new Endpoint("/export.ics?level=leaders", "about.api.ics"),
			new Endpoint("/v3/api-docs", "about.api.openapi"), new Endpoint("/swagger-ui/index.html", "about.api.swagger"));

	static final List<String> PARAMETERS = List.of("dispute", "person", "level", "kind", "status", "country", "city",
			"from", "to", "q");

	@GetMapping("/about/api")
	String api(Model model) {
		model.addAttribute("endpoints", ENDPOINTS);
		model.addAttribute("parameters", PARAMETERS);
		return "about/api";
	}
}
