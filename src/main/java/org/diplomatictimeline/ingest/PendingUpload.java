package org.diplomatictimeline.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * Files an editor has previewed but not yet saved, kept in the editor's session (one batch at a
 * time) so that "save" stores exactly what was previewed. The token ties the save button to the batch.
 */
record PendingUpload(String token, List<PendingFile> files) implements Serializable {

	private static final String ATTRIBUTE = PendingUpload.class.getName();

	record PendingFile(String name, byte[] content) implements Serializable {
	}

	static PendingUpload keep(HttpSession session, List<PendingFile> files) {
		PendingUpload upload = new PendingUpload(UUID.randomUUID().toString(), List.copyOf(files));
		session.setAttribute(ATTRIBUTE, upload);
		return upload;
	}

	/** Takes the batch out of the session when the token matches; a second save finds nothing. */
	static PendingUpload take(HttpSession session, String token) {
		if (session.getAttribute(ATTRIBUTE) instanceof PendingUpload upload && upload.token().equals(token)) {
			session.removeAttribute(ATTRIBUTE);
			return upload;
		}
		return null;
	}

	static void discard(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}
}
