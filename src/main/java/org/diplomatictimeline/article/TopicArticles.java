package org.diplomatictimeline.article;

import java.time.LocalDate;

/** A grouped row: the articles about a dispute topic, and the earliest and latest of their dates. */
public record TopicArticles(String slug, long count, LocalDate first, LocalDate last) {
}
