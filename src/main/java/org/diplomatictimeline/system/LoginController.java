package org.diplomatictimeline.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' sign-in page; Spring Security processes the form it posts. */
@Controller
class LoginController {

	static final String VIEW = "login";

	@GetMapping("/login")
	String login() {
		return VIEW;
	}
}
