package org.diplomatictimeline.curation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per client within a sliding window, kept in memory (one instance's
 * view: behind several instances each allows as much). Used for readers' problem reports.
 */
final class RateLimiter {

	private static final int MAX_CLIENTS = 10_000;

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

	RateLimiter(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Counts an event for the client; false when the client is over the limit (the event is not counted). */
	boolean tryAcquire(String client) {
		Instant now = clock.instant();
		if (events.size() > MAX_CLIENTS) {
			events.values().removeIf(q -> {
				synchronized (q) {
					return q.isEmpty() || q.peekLast().isBefore(now.minus(window));
				}
			});
		}
		Deque<Instant> q = events.computeIfAbsent(client, k -> new ArrayDeque<>());
		synchronized (q) {
			while (!q.isEmpty() && !q.peekFirst().isAfter(now.minus(window))) {
				q.pollFirst();
			}
			if (q.size() >= limit) {
				return false;
			}
			q.addLast(now);
			return true;
		}
	}
}
