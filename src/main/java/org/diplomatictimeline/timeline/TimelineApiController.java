package org.diplomatictimeline.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.diplomatictimeline.timeline.TimelineDocument.ArticleJson;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.diplomatictimeline.timeline.TimelineDocument.StatementJson;
import org.diplomatictimeline.timeline.TimelineDocumentService.ApiPage;
import org.diplomatictimeline.timeline.TimelineDocumentService.EncounterPage;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The machine interface: the whole timeline document, each of its lists a page at a time, or streamed whole. */
@RestController
@RequestMapping("/api")
@Tag(name = "Timeline", description = "The extracted timeline as JSON")
class TimelineApiController {

	static final int DEFAULT_SIZE = 100;

	static final int MAX_SIZE = 500;

	static final MediaType NDJSON = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);

	private final TimelineDocumentService documents;

	private final NdjsonExport ndjson;

	TimelineApiController(TimelineDocumentService documents, NdjsonExport ndjson) {
		this.documents = documents;
		this.ndjson = ndjson;
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
		return paged(result.items(), result.total(), page, result.pages());
	}

	/** first, prev, next and last: this request's URL with another page. */
	private static String links(int page, int pages) {
		List<String> links = new ArrayList<>();
		links.add(link(1, "first"));
		if (page > 1) {
			links.add(link(Math.min(page - 1, pages), "prev"));
		}
		if (page < pages) {
			links.add(link(page + 1, "next"));
		}
		links.add(link(pages, "last"));
		return String.join(", ", links);
	}

	private static <T> ResponseEntity<List<T>> paged(List<T> items, long total, int page, int pages) {
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, links(page, pages))
			.header("X-Total-Count", Long.toString(total))
			.body(items);
	}

	private static String link(int page, String rel) {
		String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
	}

	@GetMapping("/statements")
	@Operation(summary = "Statements attributed to officials, oldest first, a page at a time",
			description = "Paged like /api/encounters: `page`, `size`, `Link` and `X-Total-Count`.")
	ResponseEntity<List<StatementJson>> statements(
			@Parameter(description = "Page, from 1") @RequestParam(defaultValue = "1") @Min(1) int page,
			@Parameter(description = "Statements per page, 1 to " + MAX_SIZE) @RequestParam(
					defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
		ApiPage<StatementJson> result = documents.statements(page, size);
		return paged(result.items(), result.total(), page, result.pages());
	}

	@GetMapping("/articles")
	@Operation(summary = "Ingested articles with their dispute topics, by file name, a page at a time",
			description = "Paged like /api/encounters: `page`, `size`, `Link` and `X-Total-Count`.")
	ResponseEntity<List<ArticleJson>> articles(
			@Parameter(description = "Page, from 1") @RequestParam(defaultValue = "1") @Min(1) int page,
			@Parameter(description = "Articles per page, 1 to " + MAX_SIZE) @RequestParam(
					defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
		ApiPage<ArticleJson> result = documents.articles(page, size);
		return paged(result.items(), result.total(), page, result.pages());
	}

	@GetMapping("/export/{list:encounters|statements|articles}")
	@Operation(summary = "A whole list as newline-delimited JSON, by id, streamed",
			description = "One object a line in the shape of the list's API answer, ordered by id and written as it is"
					+ " read, whatever the size of the archive. Resume an interrupted download with `after` = the last"
					+ " id received.")
	void export(@PathVariable NdjsonExport.Lists list,
			@Parameter(description = "Only rows with a greater id") @RequestParam(defaultValue = "0") @Min(0) long after,
			HttpServletResponse response) throws IOException {
		response.setContentType(NDJSON.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(list.name() + ".ndjson").build().toString());
		ndjson.write(list, after, response.getOutputStream());
	}
}
