package org.diplomatictimeline.ingest;

import java.io.PrintStream;

/**
 * Progress of a long command-line run. On a terminal one line is redrawn in place with a carriage
 * return; in a log (no terminal) a line is written every tenth of the way, so logs stay short.
 */
final class ProgressLine {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final boolean terminal;

	private final int total;

	private int lastTenth;

	ProgressLine(PrintStream out, boolean terminal, int total) {
		this.out = out;
		this.terminal = terminal;
		this.total = total;
	}

	/** Called after each item: {@code done} items of {@code total} are finished. */
	void step(int done, String current) {
		if (total == 0) {
			return;
		}
		int percent = (int) (100L * done / total);
		if (terminal) {
			int filled = WIDTH * done / total;
			String name = current.length() > 40 ? current.substring(0, 37) + "..." : current;
			out.printf("\r[%s%s] %3d%% %d/%d %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, done,
					total, name);
			out.flush();
		}
		else if (percent / 10 > lastTenth) {
			lastTenth = percent / 10;
			out.printf("%d/%d files (%d%%)%n", done, total, percent);
		}
	}

	/** Ends the redrawn line so that what follows starts on a fresh one. */
	void finish() {
		if (terminal && total > 0) {
			out.println();
		}
	}
}
