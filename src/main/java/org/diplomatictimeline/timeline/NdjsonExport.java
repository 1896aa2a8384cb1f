package org.diplomatictimeline.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.ToLongFunction;

import org.diplomatictimeline.timeline.TimelineDocument.ArticleJson;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.diplomatictimeline.timeline.TimelineDocument.StatementJson;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk export: a whole list as newline-delimited JSON, one object a line in the shape of the API
 * lists, by id. It reads {@value #CHUNK} rows at a time, each chunk in its own short read-only
 * transaction, and writes and flushes them before reading the next: memory stays flat and no database
 * connection waits on a slow client, whatever the size of the archive. An interrupted download resumes
 * with {@code after} = the last id received.
 */
@Component
class NdjsonExport {

	static final int CHUNK = 500;

	/** The lists that can be exported, as named in the URL. */
	enum Lists {
		encounters, statements, articles
	}

	private final TimelineDocumentService documents;

	private final JsonMapper json;

	NdjsonExport(TimelineDocumentService documents, JsonMapper json) {
		this.documents = documents;
		this.json = json;
	}

	void write(Lists list, long after, OutputStream out) throws IOException {
		switch (list) {
			case encounters -> write(after, documents::encountersAfter, EncounterJson::id, out);
			case statements -> write(after, documents::statementsAfter, StatementJson::id, out);
			case articles -> write(after, documents::articlesAfter, ArticleJson::id, out);
		}
	}

	private <T> void write(long after, Chunks<T> chunks, ToLongFunction<T> id, OutputStream out) throws IOException {
		long last = after;
		List<T> chunk;
		do {
			chunk = chunks.after(last, CHUNK);
			for (T row : chunk) {
				out.write(json.writeValueAsBytes(row));
				out.write('\n');
				last = id.applyAsLong(row);
			}
			out.flush();
		}
		while (chunk.size() == CHUNK);
	}

	@FunctionalInterface
	interface Chunks<T> {

		List<T> after(long id, int limit);
	}
}
