package org.diplomatictimeline.system;

import java.util.List;

/** A machine request with filter values that cannot be used; answered 400 with each problem named. */
public class BadFilterException extends RuntimeException {

	private final List<String> problems;

	public BadFilterException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
