package org.diplomatictimeline.ingest;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;

/**
 * {@code reextract}: rebuilds encounters, participations, sources, statements and topics from the
 * stored articles, one transaction per article. Exit code 0 on success, 1 when the database refused.
 */
public final class ReextractCommand {

	private final PrintStream out;

	private final PrintStream err;

	private final boolean terminal;

	public ReextractCommand(PrintStream out, PrintStream err, boolean terminal) {
		this.out = out;
		this.err = err;
		this.terminal = terminal;
	}

	public int run(Class<?> application, List<String> args, Map<String, Object> overrides) {
		if (!args.isEmpty()) {
			err.println("usage: reextract [--property=value ...]");
			return 2;
		}
		ConfigurableApplicationContext context;
		try {
			context = CommandLineContext.start(application, overrides);
		}
		catch (RuntimeException e) {
			err.println("reextract: cannot open the database: " + CommandLineContext.rootMessage(e));
			return 1;
		}
		try (context) {
			ReextractService service = context.getBean(ReextractService.class);
			List<Long> ids = service.articleIds();
			ProgressLine progress = new ProgressLine(out, terminal, ids.size());
			int encounters = 0;
			int statements = 0;
			int done = 0;
			try (ReextractService.Run run = service.inOrder(ids)) {
				for (int i = 0; i < ids.size(); i++) {
					IngestOutcome outcome = run.next();
					encounters += outcome.encounters();
					statements += outcome.statements();
					progress.step(++done, outcome.fileName());
				}
			}
			progress.finish();
			out.printf("reextract: %d articles re-extracted: %d encounter accounts, %d statements%n", done, encounters,
					statements);
			return 0;
		}
		catch (DataAccessException e) {
			err.println("reextract: the database refused the change: " + CommandLineContext.rootMessage(e));
			return 1;
		}
	}
}
