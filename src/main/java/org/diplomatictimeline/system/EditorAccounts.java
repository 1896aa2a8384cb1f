package org.diplomatictimeline.system;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Builds the editor accounts from configuration. Every configured password must be a bcrypt hash;
 * with no editor configured, user {@code editor} gets a random password printed once at start-up,
 * the way Spring Boot does for its default user.
 */
final class EditorAccounts {

	static final String ROLE = "EDITOR";

	/** Admins also manage the editor accounts stored in the database. */
	static final String ADMIN_ROLE = "ADMIN";

	static final String DEFAULT_USER = "editor";

	private static final Logger log = LoggerFactory.getLogger(EditorAccounts.class);

	private static final Pattern BCRYPT = Pattern.compile("\\A\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}\\z");

	private EditorAccounts() {
	}

	static InMemoryUserDetailsManager from(EditorProperties properties, PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		List<EditorProperties.Editor> editors = properties.editors();
		for (int i = 0; i < editors.size(); i++) {
			EditorProperties.Editor editor = editors.get(i);
			String prefix = "timeline.security.editors[" + i + "]";
			if (editor.username() == null || editor.username().isBlank()) {
				throw new IllegalStateException(prefix + ".username is missing");
			}
			if (editor.passwordHash() == null || !BCRYPT.matcher(editor.passwordHash()).matches()) {
				throw new IllegalStateException(prefix + ".password-hash must be a bcrypt hash ($2a$10$...), "
						+ "never a plain password; make one with: java -jar diplomatic-timeline.jar hash-password");
			}
			String[] roles = editor.admin() ? new String[] { ROLE, ADMIN_ROLE } : new String[] { ROLE };
			users.add(User.withUsername(editor.username()).password(editor.passwordHash()).roles(roles).build());
		}
		if (users.isEmpty()) {
			String generated = UUID.randomUUID().toString();
			log.warn(String.format("%n%nUsing generated password for editor '%s': %s%n%nThis generated password is for "
					+ "development use only. Configure timeline.security.editors before production use.%n",
					DEFAULT_USER, generated));
			users.add(User.withUsername(DEFAULT_USER).password(encoder.encode(generated)).roles(ROLE, ADMIN_ROLE).build());
		}
		return new InMemoryUserDetailsManager(users);
	}
}
