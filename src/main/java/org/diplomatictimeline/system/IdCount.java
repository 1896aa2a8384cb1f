package org.diplomatictimeline.system;

/** A row of a grouped count query: an entity id and how many of something it has. */
public record IdCount(Long id, long count) {
}
