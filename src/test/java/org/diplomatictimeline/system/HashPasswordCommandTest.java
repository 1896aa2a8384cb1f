package org.diplomatictimeline.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class HashPasswordCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsABcryptHashTheEditorConfigurationAccepts() {
		int code = run("a long enough passphrase\n");
		String hash = out.toString(StandardCharsets.UTF_8).strip();
		assertThat(code).isZero();
		assertThat(new BCryptPasswordEncoder().matches("a long enough passphrase", hash)).isTrue();
		var accounts = EditorAccounts.from(new EditorProperties(List.of(new EditorProperties.Editor("alice", hash))),
				new BCryptPasswordEncoder());
		assertThat(accounts.userExists("alice")).isTrue();
	}

	@Test
	void refusesShortOrMissingPasswords() {
		assertThat(run("short\n")).isEqualTo(2);
		assertThat(run("")).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 12 characters");
	}

	private int run(String input) {
		return new HashPasswordCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true), new PrintStream(err, true)).run();
	}
}
