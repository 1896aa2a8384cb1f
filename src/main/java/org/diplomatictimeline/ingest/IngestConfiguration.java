package org.diplomatictimeline.ingest;

import java.nio.file.Path;
import java.time.Clock;

import org.diplomatictimeline.ingest.extract.ArticleExtractor;
import org.diplomatictimeline.ingest.reference.ReferenceData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java extraction pipeline into the application. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	ReferenceData referenceData(IngestProperties properties) {
		String folder = properties.referenceFolder();
		return (folder == null || folder.isBlank()) ? ReferenceData.loadDefault() : ReferenceData.load(Path.of(folder));
	}

	@Bean
	ArticleExtractor articleExtractor(ReferenceData referenceData) {
		return new ArticleExtractor(referenceData);
	}

	@Bean
	ArticleDecoder articleDecoder(IngestProperties properties) {
		return new ArticleDecoder(properties.maxBytes());
	}

	@Bean
	ArticleInput articleInput(ArticleDecoder decoder, Clock clock) {
		return new ArticleInput(decoder, new HtmlArticleText(), new FrontMatterValidator(clock));
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
