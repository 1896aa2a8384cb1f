package org.diplomatictimeline.curation;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Report a problem" on an encounter page (anyone, with the page's CSRF token), and closing a report (editors). */
@Controller
class ReportController {

	static final String LIMITED_VIEW = "curation/report-limited";

	private final ReportService reports;

	ReportController(ReportService reports) {
		this.reports = reports;
	}

	@PostMapping("/encounters/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String contact, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		switch (reports.report(id, text, contact, request.getRemoteAddr())) {
			case STORED -> redirect.addFlashAttribute("curationDone", "report.thanks");
			case INVALID -> redirect.addFlashAttribute("curationError", "report.invalid");
			case TOO_MANY -> {
				response.setStatus(429);
				response.setHeader("Retry-After", String.valueOf(ReportService.WINDOW.toSeconds()));
				return LIMITED_VIEW;
			}
		}
		return "redirect:/encounters/" + id;
	}

	@PostMapping("/admin/reports/{id}/close")
	String close(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
		reports.close(id, editor.getName());
		redirect.addFlashAttribute("curationDone", "report.closed");
		return "redirect:/admin/review";
	}
}
