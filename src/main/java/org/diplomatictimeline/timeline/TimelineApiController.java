package org.diplomatictimeline.timeline;

import java.util.List;

import org.diplomatictimeline.timeline.TimelineDocument.ArticleJson;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.diplomatictimeline.timeline.TimelineDocument.StatementJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The machine interface: the whole timeline document, or each of its lists alone. */
@RestController
@RequestMapping("/api")
class TimelineApiController {

	private final TimelineDocumentService documents;

	TimelineApiController(TimelineDocumentService documents) {
		this.documents = documents;
	}

	@GetMapping("/timeline")
	TimelineDocument timeline() {
		return documents.document();
	}

	@GetMapping("/encounters")
	List<EncounterJson> encounters() {
		return documents.encounters();
	}

	@GetMapping("/statements")
	List<StatementJson> statements() {
		return documents.statements();
	}

	@GetMapping("/articles")
	List<ArticleJson> articles() {
		return documents.articles();
	}
}
