package org.diplomatictimeline.encounter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of one encounter. */
@Controller
class EncounterController {

	private final EncounterPageService encounters;

	EncounterController(EncounterPageService encounters) {
		this.encounters = encounters;
	}

	@GetMapping("/encounters/{id}")
	String encounter(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("detail", encounters.detail(id, page));
		return "encounter";
	}
}
