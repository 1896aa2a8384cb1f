package org.diplomatictimeline.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplomatictimeline.timeline.TimelineDocumentService;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code extract <folder> <out.json>}: ingests a folder into a throwaway in-memory database and writes
 * the timeline document, without opening a port.
 */
public final class ExtractCommand {

	private final PrintStream out;

	private final PrintStream err;

	public ExtractCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command; returns the process exit code. */
	public int run(Class<?> application, List<String> args) {
		return run(application, args, Map.of());
	}

	/**
	 * @param properties property arguments from the command line; the throwaway database is used unless
	 *        they name another ({@code spring.datasource.url})
	 */
	public int run(Class<?> application, List<String> args, Map<String, Object> properties) {
		if (args.size() != 2) {
			err.println("usage: extract <folder> <out.json> [--property=value ...]");
			return 2;
		}
		Path folder = Path.of(args.get(0));
		Path target = Path.of(args.get(1));
		if (!Files.isDirectory(folder)) {
			err.println("extract: folder not found: " + folder);
			return 2;
		}
		// command-line properties, so that the throwaway database wins over the configured one
		Map<String, Object> overrides = new LinkedHashMap<>();
		overrides.put("spring.datasource.url", "jdbc:h2:mem:extract-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		overrides.putAll(properties);
		try (ConfigurableApplicationContext context = CommandLineContext.start(application, overrides)) {
			List<IngestOutcome> outcomes = context.getBean(ArticleIngestService.class).ingestFolder(folder);
			var document = context.getBean(TimelineDocumentService.class).document();
			Path parent = target.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValue(target.toFile(), document);
			long rejected = outcomes.stream().filter(IngestOutcome::isRejected).count();
			outcomes.stream()
				.filter(IngestOutcome::isRejected)
				.forEach(o -> err.println("extract: rejected " + o.fileName() + ": " + o.reason()));
			out.printf("extract: %d articles, %d encounters, %d statements written to %s%n",
					document.articles().size(), document.encounters().size(), document.statements().size(), target);
			return rejected == 0 ? 0 : 1;
		}
		catch (IOException e) {
			err.println("extract: " + e.getMessage());
			return 1;
		}
	}
}
