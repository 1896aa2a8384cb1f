package org.diplomatictimeline.timeline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.springframework.stereotype.Component;

/** Writes encounters as RFC 4180 CSV with a header row; lists inside a cell are separated by "; ". */
@Component
class CsvExport {

	static final String[] HEADER = { "id", "date", "date_precision", "kind", "level", "status", "formality",
			"duration_minutes", "city", "country", "occasion", "participants", "disputes", "sources", "url", "curation" };

	String write(List<EncounterJson> encounters, String pagesBase) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (EncounterJson e : encounters) {
				printer.printRecord(e.id(), e.date(), e.datePrecision(), e.kind(), e.level(), e.status(), e.formality(),
						e.durationMinutes(), text(e.city()), text(e.country()), text(e.occasion()),
						text(e.participants()
							.stream()
							.map(p -> p.name() + " (" + p.country() + (p.office() == null ? "" : ", " + p.office()) + ")")
							.collect(Collectors.joining("; "))),
						String.join("; ", e.disputes()), e.sources().size(), pagesBase + "/encounters/" + e.id(), e.curation());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/**
	 * Text taken from articles, made inert for spreadsheets: a cell starting with =, +, -, @, tab or
	 * carriage return would be read as a formula, so it gets a leading apostrophe (OWASP's advice).
	 */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}
}
