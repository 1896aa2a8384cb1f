package org.diplomatictimeline.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditorAccountsTest {

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

	@Test
	void configuredEditorsSignInWithTheirBcryptHash() {
		String hash = encoder.encode("correct horse battery");
		var accounts = EditorAccounts.from(new EditorProperties(List.of(new EditorProperties.Editor("alice", hash))), encoder);
		var alice = accounts.loadUserByUsername("alice");
		assertThat(encoder.matches("correct horse battery", alice.getPassword())).isTrue();
		assertThat(alice.getAuthorities()).extracting("authority").containsExactly("ROLE_EDITOR");
		assertThat(accounts.userExists(EditorAccounts.DEFAULT_USER)).isFalse();
	}

	@Test
	void aPlainTextPasswordIsRefusedAtStartUp() {
		var plain = new EditorProperties(List.of(new EditorProperties.Editor("bob", "secret-password")));
		assertThatThrownBy(() -> EditorAccounts.from(plain, encoder)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("timeline.security.editors[0].password-hash must be a bcrypt hash")
			.hasMessageNotContaining("secret-password");
		var nameless = new EditorProperties(List.of(new EditorProperties.Editor(" ", encoder.encode("x"))));
		assertThatThrownBy(() -> EditorAccounts.from(nameless, encoder)).hasMessageContaining("username is missing");
	}

	@Test
	void withoutEditorsAGeneratedPasswordProtectsTheDefaultEditor() {
		var accounts = EditorAccounts.from(new EditorProperties(null), encoder);
		var editor = accounts.loadUserByUsername("editor");
		assertThat(editor.getPassword()).startsWith("$2");
		assertThat(editor.getAuthorities()).extracting("authority").containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_ADMIN");
	}
}
