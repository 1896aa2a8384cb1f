package org.diplomatictimeline.ingest.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one reference CSV file: '#' comment lines, a header row, then records. Lists inside a field
 * are '|'-separated.
 */
public final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setCommentMarker('#')
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private CsvTable() {
	}

	/** Records of {@code name} from a folder, or from the classpath folder "reference/" when dir is null. */
	public static List<CSVRecord> read(Path dir, String name) {
		try (Reader reader = open(dir, name)) {
			return new ArrayList<>(FORMAT.parse(reader).getRecords());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read reference file " + name, e);
		}
	}

	/** A '|'-separated list field; empty or missing gives an empty list. */
	public static List<String> list(CSVRecord record, String column) {
		String value = text(record, column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** A field's text, or null when empty or the column is absent. */
	public static String text(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column).strip();
		return value.isEmpty() ? null : value;
	}

	private static Reader open(Path dir, String name) throws IOException {
		if (dir != null) {
			return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
		}
		InputStream in = CsvTable.class.getClassLoader().getResourceAsStream("reference/" + name);
		if (in == null) {
			throw new IOException("reference/" + name + " is not on the classpath");
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}
}
