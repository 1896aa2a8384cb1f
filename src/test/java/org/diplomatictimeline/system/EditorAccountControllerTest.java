package org.diplomatictimeline.system;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Only an admin manages editor accounts; an editor is forbidden and a reader sent to sign in. */
@WebMvcTest(EditorAccountController.class)
class EditorAccountControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EditorAccountService accounts;

	@MockitoBean
	AuditLog audit;

	@Test
	void anAdminCreatesAnEditor() throws Exception {
		given(accounts.all()).willReturn(List.of());
		given(audit.latest(100)).willReturn(List.of());
		mvc.perform(get("/admin/accounts").with(user("root").roles("EDITOR", "ADMIN"))).andExpect(status().isOk());
		mvc.perform(post("/admin/accounts").param("username", "carol")
			.param("password", "a long passphrase")
			.with(csrf())
			.with(user("root").roles("EDITOR", "ADMIN")))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("accountDone", "accounts.created"));
		verify(accounts).create("carol", "a long passphrase", false, "root");
	}

	@Test
	void aShortPasswordIsRefusedByName() throws Exception {
		willThrow(new IllegalArgumentException("password")).given(accounts).create(any(), any(), any(Boolean.class), any());
		mvc.perform(post("/admin/accounts").param("username", "carol").param("password", "short")
			.with(csrf())
			.with(user("root").roles("EDITOR", "ADMIN")))
			.andExpect(flash().attribute("accountError", "accounts.invalid.password"));
	}

	@Test
	void anAdminDisablesEnablesAndResetsAPassword() throws Exception {
		var admin = user("root").roles("EDITOR", "ADMIN");
		mvc.perform(post("/admin/accounts/5/enabled").param("enabled", "false").with(csrf()).with(admin))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("accountDone", "accounts.disabled"));
		verify(accounts).setEnabled(5L, false, "root");
		mvc.perform(post("/admin/accounts/5/enabled").param("enabled", "true").with(csrf()).with(admin))
			.andExpect(flash().attribute("accountDone", "accounts.enabled"));
		verify(accounts).setEnabled(5L, true, "root");
		mvc.perform(post("/admin/accounts/5/password").param("password", "another long passphrase")
			.with(csrf())
			.with(admin))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("accountDone", "accounts.passwordSet"));
		verify(accounts).resetPassword(5L, "another long passphrase", "root");
	}

	@Test
	void anEditorIsForbiddenAndAReaderSignsInFirst() throws Exception {
		var editor = user("alice").roles("EDITOR");
		mvc.perform(get("/admin/accounts").with(editor)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts").param("username", "x").with(csrf()).with(editor))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/5/enabled").param("enabled", "false").with(csrf()).with(editor))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/5/password").param("password", "a long passphrase").with(csrf()).with(editor))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/accounts").param("username", "x").with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/accounts/5/enabled").param("enabled", "false").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/accounts/5/password").param("password", "a long passphrase").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		verifyNoInteractions(accounts, audit);
	}
}
