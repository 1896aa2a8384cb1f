package org.diplomatictimeline.system;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins create, disable, enable and reset editor accounts stored in the database; each change is audited. */
@Service
@ConditionalOnWebApplication // editor accounts are managed in the browser; the commands run without a web context
public class EditorAccountService {

	static final int MIN_PASSWORD = 12;

	private final EditorAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	private final Predicate<String> configured;

	EditorAccountService(EditorAccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock,
			EditorProperties properties) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		this.configured = name -> properties.editors().stream().anyMatch(e -> name.equalsIgnoreCase(e.username()));
	}

	@Transactional(readOnly = true)
	public List<EditorAccount> all() {
		return accounts.findAllByOrderByUsername();
	}

	/**
	 * @throws IllegalArgumentException "username" (empty, odd characters, taken) or "password" (under 12 characters)
	 */
	@Transactional
	public void create(String username, String password, boolean admin, String by) {
		String name = username == null ? "" : username.strip();
		if (!name.matches("[A-Za-z0-9._@-]{2,100}") || configured.test(name) || accounts.findByUsername(name).isPresent()) {
			throw new IllegalArgumentException("username");
		}
		checkPassword(password);
		accounts.save(new EditorAccount(name, encoder.encode(password), admin, Instant.now(clock), by));
		audit.record(by, "account.create", name, admin ? "admin" : "editor");
	}

	@Transactional
	public void setEnabled(long id, boolean enabled, String by) {
		EditorAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
		account.setEnabled(enabled);
		audit.record(by, enabled ? "account.enable" : "account.disable", account.getUsername(), null);
	}

	@Transactional
	public void resetPassword(long id, String password, String by) {
		EditorAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
		checkPassword(password);
		account.setPasswordHash(encoder.encode(password));
		audit.record(by, "account.password", account.getUsername(), null);
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
			throw new IllegalArgumentException("password");
		}
	}
}
