package org.diplomatictimeline.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the layout the section of the site a page belongs to, to mark the current navigation link, and
 * the page itself, for the sign-in link.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	@ModelAttribute("navSection")
	String navSection(HttpServletRequest request) {
		return section(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** This page's path and query, for the footer's sign-in link to come back to. */
	@ModelAttribute("currentPage")
	String currentPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
	}

	static String section(String path) {
		if (path.isEmpty() || path.equals("/") || path.startsWith("/encounters")) {
			return "timeline";
		}
		if (path.startsWith("/about/api")) {
			return "api";
		}
		int end = path.indexOf('/', 1);
		return end < 0 ? path.substring(1) : path.substring(1, end);
	}
}
