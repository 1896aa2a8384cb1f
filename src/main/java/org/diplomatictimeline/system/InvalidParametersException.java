package org.diplomatictimeline.system;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A machine request (API or export) whose parameters cannot be used: answered 400 with a problem detail
 * naming each problem ({@link ApiErrorAdvice}). Features throw their own subclass, so that this
 * cross-cutting package needs none of them.
 */
public abstract class InvalidParametersException extends RuntimeException {

	protected InvalidParametersException(String message) {
		super(message);
	}

	/** Each problem as a message of the bundle. */
	public abstract List<MessageSourceResolvable> problems();
}
