package org.diplomatictimeline.system;

import org.diplomatictimeline.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reading is public, every write needs a signed-in editor and a CSRF token, headers keep pages safe. */
@H2IntegrationTest
class SecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void readingIsPublicWithSecurityHeaders() throws Exception {
		mvc.perform(get("/api/timeline"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void onlyHealthAndInfoActuatorEndpoints() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		for (String hidden : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/actuator/loggers" }) {
			mvc.perform(get(hidden)).andExpect(status().isNotFound());
		}
	}

	@Test
	void editorPagesAndWritesNeedASignedInEditor() throws Exception {
		mvc.perform(get("/admin/articles/new")).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/reextract").with(csrf())).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(multipart("/admin/articles/preview").file("files", "x".getBytes()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/articles/paste").param("text", "x").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(put("/api/timeline").with(csrf())).andExpect(status().isFound());
	}

	@Test
	void writesWithoutACsrfTokenAreRefusedEvenForEditors() throws Exception {
		mvc.perform(post("/admin/reextract")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/reextract").with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/articles").param("token", "t").with(user("editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/reextract").with(user("editor").roles("EDITOR")).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSignedInEditorMayWrite() throws Exception {
		mvc.perform(post("/admin/reextract").with(user("editor").roles("EDITOR")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/articles/new"));
	}

	@Test
	void controlCharactersInParametersAreRefusedWithBadRequest() throws Exception {
		mvc.perform(get("/").param("person", "\u0000")).andExpect(status().isBadRequest());
		mvc.perform(get("/").param("q", "a\u001b[31m")).andExpect(status().isBadRequest());
		mvc.perform(get("/").param("q", "line one\nline two\tand a tab")).andExpect(status().isOk());
	}

	@Test
	void editorsSignInThroughTheFormWithTheirConfiguredPassword() throws Exception {
		mvc.perform(formLogin("/login").user("test-editor").password("test-editor-password"))
			.andExpect(authenticated().withUsername("test-editor").withRoles("EDITOR"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user("test-editor").password("wrong password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("editor").password("anything"))
			.andExpect(unauthenticated());
	}

	@Test
	void signingInReturnsToThePageThatAskedForItButNeverToAnotherSite() throws Exception {
		mvc.perform(get("/people?page=1"))
			.andExpect(content().string(containsString("href=\"/login?next=/people?page%3D1\"")));
		mvc.perform(get("/login").param("next", "/encounters/1"))
			.andExpect(content().string(containsString("name=\"next\" value=\"/encounters/1\"")));
		mvc.perform(formLogin("/login").user("test-editor").password("test-editor-password"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").with(csrf())
			.param("username", "test-editor").param("password", "test-editor-password").param("next", "/disputes"))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/disputes"));
		for (String elsewhere : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example" }) {
			mvc.perform(post("/login").with(csrf())
				.param("username", "test-editor").param("password", "test-editor-password").param("next", elsewhere))
				.andExpect(redirectedUrl("/"));
		}
		mvc.perform(post("/login").with(csrf())
			.param("username", "test-editor").param("password", "wrong").param("next", "/disputes"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error&next=%2Fdisputes"));
		mvc.perform(get("/login").param("next", "//evil.example"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"next\""))));
	}

	@Test
	void aReaderWithoutTheEditorRoleIsForbidden() throws Exception {
		mvc.perform(post("/admin/reextract").with(user("reader").roles("READER")).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
