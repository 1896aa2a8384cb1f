package org.diplomatictimeline.person;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The people and the page of each. */
@Controller
class PersonController {

	private final PersonPageService people;

	PersonController(PersonPageService people) {
		this.people = people;
	}

	@GetMapping("/people")
	String list(Model model) {
		model.addAttribute("people", people.list());
		return "people";
	}

	@GetMapping("/people/{key}")
	String person(@PathVariable String key, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("person", people.detail(key, page));
		return "person";
	}
}
