package org.diplomatictimeline.ingest;

/** An input file that cannot become an article; the message says why, for the person who supplied it. */
public class RejectedInputException extends Exception {

	public RejectedInputException(String message) {
		super(message);
	}
}
