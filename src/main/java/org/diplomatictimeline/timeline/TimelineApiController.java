package org.diplomatictimeline.timeline;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.diplomatictimeline.timeline.TimelineDocument.ArticleJson;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.diplomatictimeline.timeline.TimelineDocument.StatementJson;
import org.diplomatictimeline.timeline.TimelineDocumentService.EncounterPage;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The machine interface: the whole timeline document, or each of its lists alone. */
@RestController
@RequestMapping("/api")
@Tag(name = "Timeline", description = "The extracted timeline as JSON")
class TimelineApiController {

	static final int DEFAULT_SIZE = 100;

	static final int MAX_SIZE = 500;

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
	@Operation(summary = "Encounters, oldest first, narrowed by the same filters as the timeline page, a page at a time",
			description = "Pages of `size` encounters (default " + DEFAULT_SIZE + ", at most " + MAX_SIZE
					+ "); the `Link` header (RFC 8288) gives the first, previous, next and last pages with every filter"
					+ " kept, and `X-Total-Count` the number of encounters selected. Unknown or malformed filter values"
					+ " give 400 with a problem detail naming each of them.")
	ResponseEntity<List<EncounterJson>> encounters(@ParameterObject TimelineParams filter,
			@Parameter(description = "Page, from 1") @RequestParam(defaultValue = "1") @Min(1) int page,
			@Parameter(description = "Encounters per page, 1 to " + MAX_SIZE) @RequestParam(
					defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
		EncounterPage result = documents.encounters(filter, page, size);
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, links(result))
			.header("X-Total-Count", Long.toString(result.total()))
			.body(result.items());
	}

	/** first, prev, next and last: this request's URL with another page. */
	private static String links(EncounterPage p) {
		List<String> links = new ArrayList<>();
		links.add(link(1, "first"));
		if (p.page() > 1) {
			links.add(link(Math.min(p.page() - 1, p.pages()), "prev"));
		}
		if (p.page() < p.pages()) {
			links.add(link(p.page() + 1, "next"));
		}
		links.add(link(p.pages(), "last"));
		return String.join(", ", links);
	}

	private static String link(int page, String rel) {
		String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
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
