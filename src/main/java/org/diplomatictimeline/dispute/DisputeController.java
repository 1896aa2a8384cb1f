package org.diplomatictimeline.dispute;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dispute topics and the page of each. */
@Controller
class DisputeController {

	private final DisputePageService disputes;

	DisputeController(DisputePageService disputes) {
		this.disputes = disputes;
	}

	@GetMapping("/disputes")
	String list(Model model) {
		model.addAttribute("disputes", disputes.list());
		return "disputes";
	}

	@GetMapping("/disputes/{slug}")
	String dispute(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("dispute", disputes.detail(slug, page));
		return "dispute";
	}
}
