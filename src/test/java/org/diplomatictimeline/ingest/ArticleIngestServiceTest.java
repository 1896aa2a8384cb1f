package org.diplomatictimeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.ingest.IngestOutcome.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@DataJpaTest
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnableConfigurationProperties(IngestProperties.class)
@Import({ IngestConfiguration.class, ExtractionStore.class, StoredEncounterMatch.class, ArticleReader.class,
		ArticleIngestService.class })
class ArticleIngestServiceTest {

	@Autowired
	ArticleIngestService ingest;

	@Autowired
	ArticleRepository articles;

	@Test
	void theSameContentTwiceIsOneArticle() {
		byte[] text = "Ministers of both countries met in Seoul on Monday.".getBytes(StandardCharsets.UTF_8);
		long before = articles.count();

		IngestOutcome first = ingest.ingest("one.txt", text);
		IngestOutcome second = ingest.ingest("renamed.txt", text);

		assertThat(first.status()).isEqualTo(Status.NEW);
		assertThat(second.status()).isEqualTo(Status.ALREADY_PRESENT);
		assertThat(second.articleId()).isEqualTo(first.articleId());
		assertThat(articles.count()).isEqualTo(before + 1);
	}

	@Test
	void aBadFileIsRejectedByNameAndNothingIsStored() {
		long before = articles.count();

		IngestOutcome outcome = ingest.ingest("broken.txt", new byte[] { 'a', (byte) 0xFF, 'b' });

		assertThat(outcome.status()).isEqualTo(Status.REJECTED);
		assertThat(outcome.fileName()).isEqualTo("broken.txt");
		assertThat(outcome.reason()).contains("UTF-8");
		assertThat(articles.count()).isEqualTo(before);
	}

	@Test
	void aFolderIsIngestedFileByFileAndReportsEachRejection(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("a.txt"), "Foreign ministers spoke by phone on Friday.");
		Files.write(folder.resolve("b.txt"), new byte[0]);
		Files.writeString(folder.resolve("notes.md"), "not an article");

		var outcomes = ingest.ingestFolder(folder);

		assertThat(outcomes).extracting(IngestOutcome::fileName).containsExactly("a.txt", "b.txt");
		assertThat(outcomes).extracting(IngestOutcome::status).containsExactly(Status.NEW, Status.REJECTED);
	}

	@Test
	void aMissingFolderIsAnError(@TempDir Path folder) {
		assertThatThrownBy(() -> ingest.ingestFolder(folder.resolve("nope"))).isInstanceOf(IOException.class)
			.hasMessageContaining("nope");
	}
}
