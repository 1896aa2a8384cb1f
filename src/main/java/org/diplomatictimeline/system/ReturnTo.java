package org.diplomatictimeline.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Sign-in returns to the page that asked for it: the sign-in link carries the page as {@code next}
 * ("/login?next=/encounters/7"), the form posts it back, and after a success the editor lands there.
 * Only a path of this site is followed ("/…", never "//host" or "https://…"), so the parameter cannot
 * send anyone elsewhere; without one, the request that was refused for want of a sign-in is resumed
 * (Spring Security's saved request), and otherwise the timeline.
 */
final class ReturnTo {

	static final String PARAMETER = "next";

	private ReturnTo() {
	}

	/** The path if it is one of this site's, otherwise null. */
	static String safe(String next) {
		if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
				|| next.startsWith("/\\") || next.startsWith("/login") || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
			return null;
		}
		return next;
	}

	/** After a successful sign-in: the safe {@code next}, else the saved request, else "/". */
	static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, jakarta.servlet.ServletException {
			String next = safe(request.getParameter(PARAMETER));
			if (next == null) {
				super.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, next);
		}
	}

	/** After a failed sign-in: the form again with the error, keeping {@code next}. */
	static final class Failure implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String next = safe(request.getParameter(PARAMETER));
			String target = request.getContextPath() + "/login?error"
					+ (next == null ? "" : "&" + PARAMETER + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
			response.sendRedirect(response.encodeRedirectURL(target));
		}
	}
}
