package org.diplomatictimeline.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Who may sign in: the editors from configuration first, then the accounts admins created in the
 * browser (a disabled one cannot sign in). The database is reached through a provider so that page
 * slice tests, which have no database, sign in configured editors only.
 */
final class EditorUserDetails implements UserDetailsService {

	private final InMemoryUserDetailsManager configured;

	private final ObjectProvider<EditorAccountRepository> stored;

	EditorUserDetails(InMemoryUserDetailsManager configured, ObjectProvider<EditorAccountRepository> stored) {
		this.configured = configured;
		this.stored = stored;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (configured.userExists(username)) {
			return configured.loadUserByUsername(username);
		}
		EditorAccountRepository repository = stored.getIfAvailable();
		EditorAccount account = repository == null ? null : repository.findByUsername(username).orElse(null);
		if (account == null) {
			throw new UsernameNotFoundException(username);
		}
		var roles = account.isAdmin() ? new String[] { EditorAccounts.ROLE, EditorAccounts.ADMIN_ROLE }
				: new String[] { EditorAccounts.ROLE };
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(roles)
			.disabled(!account.isEnabled())
			.build();
	}
}
