package org.diplomatictimeline.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Works on the items of a list ahead of their consumer, on a bounded pool of threads, and hands the
 * results over in list order: the slow, side-effect-free half of a job (reading and extracting an
 * article) runs on every core while the other half (storing it) stays one item at a time, in order.
 * At most {@code 2 × threads} results wait at any moment, so memory stays bounded on any folder.
 *
 * @param <T> the items
 * @param <R> what working on an item gives
 */
final class ReadAhead<T, R> implements AutoCloseable {

	private static final AtomicInteger POOLS = new AtomicInteger();

	private final List<T> items;

	private final Function<T, R> work;

	private final ExecutorService pool;

	private final Deque<Future<R>> pending = new ArrayDeque<>();

	private final int window;

	private int submitted;

	ReadAhead(List<T> items, int threads, Function<T, R> work) {
		this.items = items;
		this.work = work;
		int size = Math.max(1, threads);
		int id = POOLS.incrementAndGet();
		AtomicInteger count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(size, r -> {
			Thread t = new Thread(r, "ingest-" + id + "-" + count.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		this.window = 2 * size;
		fill();
	}

	/** Whether an item is left. */
	boolean hasNext() {
		return !pending.isEmpty();
	}

	/** The result for the next item in list order, waiting for it if needed. */
	R next() {
		Future<R> head = pending.removeFirst();
		fill();
		try {
			return head.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading ahead", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private void fill() {
		while (pending.size() < window && submitted < items.size()) {
			T item = items.get(submitted++);
			pending.addLast(pool.submit(() -> work.apply(item)));
		}
	}

	/** Stops the workers; results not taken are dropped. */
	@Override
	public void close() {
		pool.shutdownNow();
	}
}
