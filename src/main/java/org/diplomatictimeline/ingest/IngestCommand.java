package org.diplomatictimeline.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;

/**
 * {@code ingest <folder>}: adds every .txt file of a folder to the configured database, without
 * opening a port, then prints what became of each file. Exit code 0 when every file is stored or was
 * already present, 1 when a file was rejected or the database refused, 2 for a usage error or a
 * missing folder.
 */
public final class IngestCommand {

	private final PrintStream out;

	private final PrintStream err;

	private final boolean terminal;

	public IngestCommand(PrintStream out, PrintStream err, boolean terminal) {
		this.out = out;
		this.err = err;
		this.terminal = terminal;
	}

	public int run(Class<?> application, List<String> args, Map<String, Object> overrides) {
		if (args.size() != 1) {
			err.println("usage: ingest <folder> [--property=value ...]");
			return 2;
		}
		Path folder = Path.of(args.get(0));
		if (!Files.isDirectory(folder)) {
			err.println("ingest: folder not found: " + folder);
			return 2;
		}
		ConfigurableApplicationContext context;
		try {
			context = CommandLineContext.start(application, overrides);
		}
		catch (RuntimeException e) {
			err.println("ingest: cannot open the database: " + CommandLineContext.rootMessage(e));
			return 1;
		}
		try (context) {
			ArticleIngestService ingest = context.getBean(ArticleIngestService.class);
			List<Path> files = ingest.articleFiles(folder);
			List<IngestOutcome> outcomes = new ArrayList<>();
			ProgressLine progress = new ProgressLine(out, terminal, files.size());
			String failure = null;
			try (ArticleIngestService.FolderRun run = ingest.inOrder(files)) {
				for (Path file : files) {
					try {
						outcomes.add(run.next());
					}
					catch (DataAccessException e) {
						failure = "the database refused to store " + file.getFileName()
								+ " (nothing of it was stored): " + CommandLineContext.rootMessage(e);
						break;
					}
					progress.step(outcomes.size(), file.getFileName().toString());
				}
			}
			progress.finish();
			report(folder, outcomes);
			if (failure != null) {
				err.println("ingest: " + failure);
				err.printf("ingest: stopped after %d of %d files%n", outcomes.size(), files.size());
				return 1;
			}
			return outcomes.stream().anyMatch(IngestOutcome::isRejected) ? 1 : 0;
		}
		catch (IOException e) {
			err.println("ingest: " + e.getMessage());
			return 1;
		}
	}

	private void report(Path folder, List<IngestOutcome> outcomes) {
		long added = count(outcomes, IngestOutcome.Status.NEW);
		long present = count(outcomes, IngestOutcome.Status.ALREADY_PRESENT);
		long rejected = count(outcomes, IngestOutcome.Status.REJECTED);
		out.printf("ingest: %s: %d new, %d already present, %d rejected%n", folder, added, present, rejected);
		for (IngestOutcome o : outcomes) {
			if (o.isRejected()) {
				out.println("  rejected " + o.fileName() + ": " + o.reason());
			}
			else if (o.reason() != null) {
				out.println("  note " + o.fileName() + ": " + o.reason());
			}
		}
	}

	private static long count(List<IngestOutcome> outcomes, IngestOutcome.Status status) {
		return outcomes.stream().filter(o -> o.status() == status).count();
	}
}
