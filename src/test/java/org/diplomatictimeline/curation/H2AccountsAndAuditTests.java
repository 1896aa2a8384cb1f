package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.diplomatictimeline.support.H2IntegrationTest;
import org.diplomatictimeline.system.AuditEvent;
import org.diplomatictimeline.system.AuditLog;
import org.diplomatictimeline.system.EditorAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts an admin creates sign in with a bcrypt-checked password, a disabled one cannot, and each change is audited. */
@H2IntegrationTest
class H2AccountsAndAuditTests {

	@Autowired
	EditorAccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditLog audit;

	@Test
	void storedAccountsSignInUntilDisabledAndEveryChangeIsAudited() {
		String name = "ed-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(name, "a long passphrase", false, "root");
		var user = users.loadUserByUsername(name);
		assertThat(user.getPassword()).startsWith("$2");
		assertThat(encoder.matches("a long passphrase", user.getPassword())).isTrue();
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
		assertThatThrownBy(() -> accounts.create(name, "another long one", false, "root"))
			.hasMessage("username");
		assertThatThrownBy(() -> accounts.create("test-editor", "another long one", false, "root"))
			.hasMessage("username");

		long id = accounts.all().stream().filter(a -> a.getUsername().equals(name)).findFirst().orElseThrow().getId();
		accounts.setEnabled(id, false, "root");
		assertThat(users.loadUserByUsername(name).isEnabled()).isFalse();

		assertThat(audit.latest(10)).extracting(AuditEvent::getAction).contains("account.create", "account.disable");
		assertThat(audit.latest("account.create", 10)).anyMatch(e -> e.getTarget().equals(name) && e.getActor().equals("root"));
	}

}
