package org.diplomatictimeline.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code hash-password}: reads one password from standard input and prints its bcrypt hash, the form
 * {@code timeline.security.editors[n].password-hash} expects. The password never appears in a
 * command line or a configuration file.
 */
public final class HashPasswordCommand {

	private static final int MIN_LENGTH = 12;

	private final InputStream in;

	private final PrintStream out;

	private final PrintStream err;

	public HashPasswordCommand(InputStream in, PrintStream out, PrintStream err) {
		this.in = in;
		this.out = out;
		this.err = err;
	}

	public int run() {
		String password;
		try {
			var console = System.console();
			if (console != null && in == System.in) {
				char[] typed = console.readPassword("password: ");
				password = typed == null ? null : new String(typed);
			}
			else {
				password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
			}
		}
		catch (IOException e) {
			err.println("hash-password: " + e.getMessage());
			return 1;
		}
		if (password == null || password.length() < MIN_LENGTH) {
			err.println("hash-password: give a password of at least " + MIN_LENGTH + " characters on standard input");
			return 2;
		}
		out.println(new BCryptPasswordEncoder().encode(password));
		return 0;
	}
}
