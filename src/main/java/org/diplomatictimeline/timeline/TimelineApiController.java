package org.diplomatictimeline.timeline;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.diplomatictimeline.timeline.TimelineDocument.ArticleJson;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.diplomatictimeline.timeline.TimelineDocument.StatementJson;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The machine interface: the whole timeline document, or each of its lists alone. */
@RestController
@RequestMapping("/api")
@Tag(name = "Timeline", description = "The extracted timeline as JSON")
class TimelineApiController {

	private final TimelineDocumentService documents;

	TimelineApiController(TimelineDocumentService documents) {
		this.documents = documents;
	}

	@GetMapping("/timeline")
	@Operation(summary = "The whole timeline document: encounters, statements and articles")
	TimelineDocument timeline() {
		return documents.document();
	}

	@GetMapping("/encounters")
	@Operation(summary = "Encounters, oldest first, narrowed by the same filters as the timeline page",
			description = "Unknown or malformed filter values give 400 with a problem detail naming each of them.")
	List<EncounterJson> encounters(@ParameterObject TimelineParams filter) {
		return documents.encounters(filter);
	}

	@GetMapping("/statements")
	@Operation(summary = "Statements attributed to officials, oldest first")
	List<StatementJson> statements() {
		return documents.statements();
	}

	@GetMapping("/articles")
	@Operation(summary = "Ingested articles with their dispute topics")
	List<ArticleJson> articles() {
		return documents.articles();
	}
}
