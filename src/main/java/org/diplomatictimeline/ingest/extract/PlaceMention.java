package org.diplomatictimeline.ingest.extract;

/** A city named in a sentence, with its country's English name. */
record PlaceMention(int start, int end, String city, String country) {
}
