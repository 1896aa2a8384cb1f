package org.diplomatictimeline.ingest.reference;

import java.util.List;

/** A dispute topic from disputes.csv: slug, label, keywords that signal it, background text. */
public record DisputeTopicRef(String slug, String label, List<String> keywords, String background) {
}
