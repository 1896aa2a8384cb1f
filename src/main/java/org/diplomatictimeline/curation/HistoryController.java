package org.diplomatictimeline.curation;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** An encounter's history, as a page and as JSON; readable by anyone. */
@Controller
class HistoryController {

	static final String VIEW = "curation/history";

	private final HistoryService history;

	HistoryController(HistoryService history) {
		this.history = history;
	}

	@GetMapping("/encounters/{id}/history")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("entries", history.of(id));
		model.addAttribute("encounterId", id);
		return VIEW;
	}

	@GetMapping("/api/encounters/{id}/history")
	@ResponseBody
	List<HistoryEntry> api(@PathVariable long id) {
		return history.of(id);
	}
}
