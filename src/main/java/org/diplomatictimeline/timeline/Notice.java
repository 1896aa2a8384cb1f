package org.diplomatictimeline.timeline;

/** A message about the request shown above the results, e.g. an unknown dispute topic that was ignored. */
public record Notice(String key, String value) {
}
