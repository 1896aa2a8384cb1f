package org.diplomatictimeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplomatictimeline.system.StartupProgress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ingests the configured article folder at start-up; what is already stored is skipped. The server
 * answers meanwhile, so the progress is published for the timeline to show.
 */
@Component
@Order(100)
class StartupIngest implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupIngest.class);

	private final ArticleIngestService ingest;

	private final IngestProperties properties;

	private final StartupProgress progress;

	StartupIngest(ArticleIngestService ingest, IngestProperties properties, StartupProgress progress) {
		this.ingest = ingest;
		this.properties = properties;
		this.progress = progress;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		String folder = properties.folder();
		if (folder == null || folder.isBlank()) {
			return;
		}
		Path path = Path.of(folder);
		if (!Files.isDirectory(path)) {
			log.warn("Article folder {} not found; nothing ingested at start-up", path.toAbsolutePath());
			return;
		}
		List<Path> files = ingest.articleFiles(path);
		List<IngestOutcome> outcomes = new ArrayList<>();
		progress.start(files.size());
		try (ArticleIngestService.FolderRun run = ingest.inOrder(files)) {
			for (int i = 0; i < files.size(); i++) {
				outcomes.add(run.next());
				progress.step(outcomes.size());
			}
		}
		finally {
			progress.finish();
		}
		long added = outcomes.stream().filter(o -> o.status() == IngestOutcome.Status.NEW).count();
		long present = outcomes.stream().filter(o -> o.status() == IngestOutcome.Status.ALREADY_PRESENT).count();
		outcomes.stream()
			.filter(IngestOutcome::isRejected)
			.forEach(o -> log.warn("Rejected article {}: {}", o.fileName(), o.reason()));
		log.info("Ingested {}: {} new, {} already present, {} rejected", path, added, present,
				outcomes.size() - added - present);
	}
}
