package org.diplomatictimeline.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The editors who may add and re-extract articles, e.g.
 * {@code timeline.security.editors[0].username=alice} and
 * {@code timeline.security.editors[0].password-hash=$2a$10$...} (bcrypt, from the {@code hash-password}
 * command). Plain-text passwords are refused at start-up.
 */
@ConfigurationProperties("timeline.security")
public record EditorProperties(List<Editor> editors) {

	public EditorProperties {
		editors = editors == null ? List.of() : List.copyOf(editors);
	}

	/** @param admin true for an editor who also manages the editor accounts stored in the database */
	public record Editor(String username, String passwordHash, boolean admin) {

		@ConstructorBinding
		public Editor {
		}

		public Editor(String username, String passwordHash) {
			this(username, passwordHash, false);
		}
	}
}
