package org.diplomatictimeline.system;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * How far the start-up ingest of the bundled articles has come, so that the timeline says "ingesting
 * 12 of 75 articles" rather than showing an empty page while the server already answers. Written by
 * the one start-up thread, read by request threads.
 */
@Component
public class StartupProgress {

	/** @param done articles handled so far; total articles in the folder */
	public record State(int done, int total) {
	}

	private final AtomicReference<State> state = new AtomicReference<>();

	public void start(int total) {
		state.set(new State(0, total));
	}

	public void step(int done) {
		state.updateAndGet(s -> s == null ? null : new State(done, s.total()));
	}

	public void finish() {
		state.set(null);
	}

	/** The progress while the start-up ingest runs, empty before and after it. */
	public Optional<State> current() {
		return Optional.ofNullable(state.get());
	}
}
