package org.diplomatictimeline.system;

import java.security.Principal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage the editor accounts stored in the database, and read the audit trail. */
@Controller
@ConditionalOnWebApplication // editor accounts are managed in the browser; the commands run without a web context
class EditorAccountController {

	static final String VIEW = "admin/accounts";

	private final EditorAccountService accounts;

	private final AuditLog audit;

	EditorAccountController(EditorAccountService accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("audit", audit.latest(100));
		return VIEW;
	}

	@PostMapping("/admin/accounts")
	String create(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
			@RequestParam(defaultValue = "false") boolean admin, Principal by, RedirectAttributes redirect) {
		try {
			accounts.create(username, password, admin, by.getName());
			redirect.addFlashAttribute("accountDone", "accounts.created");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("accountError", "accounts.invalid." + e.getMessage());
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, Principal by, RedirectAttributes redirect) {
		accounts.setEnabled(id, enabled, by.getName());
		redirect.addFlashAttribute("accountDone", enabled ? "accounts.enabled" : "accounts.disabled");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/password")
	String password(@PathVariable long id, @RequestParam(required = false) String password, Principal by,
			RedirectAttributes redirect) {
		try {
			accounts.resetPassword(id, password, by.getName());
			redirect.addFlashAttribute("accountDone", "accounts.passwordSet");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("accountError", "accounts.invalid." + e.getMessage());
		}
		return "redirect:/admin/accounts";
	}
}
