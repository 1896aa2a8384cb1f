package org.diplomatictimeline.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers a page or API request with 304 Not Modified when the client's copy is still what it would
 * get now, before any query or rendering runs. The weak ETag is a digest of:
 * <ul>
 * <li>the {@link DataVersion}: anything ingested or curated since gives a new tag;</li>
 * <li>this instance's start: a new release (templates, asset names) gives a new tag;</li>
 * <li>today's date: pages that count up to today (silences, "latest") change at midnight;</li>
 * <li>the visitor's session, if any: a page may carry a CSRF token bound to it (the report form), so a
 * copy is only ever valid for the session it was rendered in.</li>
 * </ul>
 * Signed-in editors are left out: their pages carry editor controls and stay {@code no-store} (Spring
 * Security's default), so a shared computer never shows an editor's page from cache after sign-out. A
 * request that carries flash attributes (the notice after a redirect) is rendered afresh. The answer is
 * {@code Cache-Control: private, no-cache}: browsers keep it and revalidate every time; shared caches
 * never store a page made for one visitor.
 */
class ConditionalGetInterceptor implements HandlerInterceptor {

	static final String CACHE_CONTROL = "private, no-cache";

	private final DataVersion version;

	private final Clock clock;

	private final String release;

	ConditionalGetInterceptor(DataVersion version, Clock clock, String release) {
		this.version = version;
		this.clock = clock;
		this.release = release;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod) || !isGetOrHead(request) || request.getUserPrincipal() != null) {
			return true;
		}
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		if (flash != null && !flash.isEmpty()) {
			return true;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		return !new ServletWebRequest(request, response).checkNotModified(etag(request.getSession(false)));
	}

	private String etag(HttpSession session) {
		String state = version.current() + "|" + release + "|" + LocalDate.now(clock) + "|"
				+ (session == null ? "" : session.getId());
		return "W/\"" + digest(state) + "\"";
	}

	private static boolean isGetOrHead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	/** The first 16 bytes of SHA-256 in hex: the session id never shows in a header. */
	static String digest(String state) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
