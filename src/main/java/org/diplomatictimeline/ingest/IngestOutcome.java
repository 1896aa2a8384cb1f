package org.diplomatictimeline.ingest;

/**
 * What happened to one input file.
 *
 * @param articleId the stored article (new or already present), null when rejected
 * @param reason why the file was rejected, or a remark, null otherwise
 */
public record IngestOutcome(String fileName, Status status, Long articleId, String reason, int encounters,
		int statements) implements java.io.Serializable {

	public enum Status {
		NEW, ALREADY_PRESENT, REJECTED
	}

	public static IngestOutcome rejected(String fileName, String reason) {
		return new IngestOutcome(fileName, Status.REJECTED, null, reason, 0, 0);
	}

	public static IngestOutcome alreadyPresent(String fileName, Long articleId) {
		return new IngestOutcome(fileName, Status.ALREADY_PRESENT, articleId, null, 0, 0);
	}

	/** This outcome with remarks about the input (e.g. "converted from HTML") as its reason. */
	public IngestOutcome withRemarks(java.util.List<String> remarks) {
		if (remarks.isEmpty()) {
			return this;
		}
		return new IngestOutcome(fileName, status, articleId, String.join("; ", remarks), encounters, statements);
	}

	public boolean isRejected() {
		return status == Status.REJECTED;
	}
}
