package org.diplomatictimeline.timeline;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Downloads of the timeline as currently filtered: the same query string as the page. */
@RestController
@Tag(name = "Exports", description = "The filtered timeline as a file")
class ExportController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final TimelineDocumentService documents;

	private final CsvExport csv;

	private final CalendarExport calendar;

	ExportController(TimelineDocumentService documents, CsvExport csv, CalendarExport calendar) {
		this.documents = documents;
		this.csv = csv;
		this.calendar = calendar;
	}

	@GetMapping("/export.json")
	@Operation(summary = "Filtered encounters as a JSON file (the shape of /api/encounters)")
	ResponseEntity<List<EncounterJson>> json(@ParameterObject TimelineParams filter) {
		return download(documents.encounters(filter), MediaType.APPLICATION_JSON, "encounters.json");
	}

	@GetMapping("/export.csv")
	@Operation(summary = "Filtered encounters as CSV, one row per encounter")
	ResponseEntity<String> csv(@ParameterObject TimelineParams filter) {
		return download(csv.write(documents.encounters(filter), pagesBase()), TEXT_CSV, "encounters.csv");
	}

	@GetMapping("/export.ics")
	@Operation(summary = "Filtered encounters as an iCalendar file of all-day events")
	ResponseEntity<String> ics(@ParameterObject TimelineParams filter) {
		return download(calendar.write(documents.encounters(filter), pagesBase()), TEXT_CALENDAR, "encounters.ics");
	}

	private static String pagesBase() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static <T> ResponseEntity<T> download(T body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}
}
