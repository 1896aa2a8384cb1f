package org.diplomatictimeline.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editors' sign-in page; Spring Security processes the form it posts. */
@Controller
class LoginController {

	static final String VIEW = "login";

	/** @param next the page to return to after signing in; kept only when it is a path of this site */
	@GetMapping("/login")
	String login(@RequestParam(name = ReturnTo.PARAMETER, required = false) String next, Model model) {
		model.addAttribute("next", ReturnTo.safe(next));
		return VIEW;
	}
}
