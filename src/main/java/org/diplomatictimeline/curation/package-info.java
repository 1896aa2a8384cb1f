/**
 * Editors' corrections kept as data and applied over what the extractor derives, so that they survive
 * re-extraction; the history of each encounter, readers' problem reports and the editors' review queue.
 * See docs/curation.md.
 */
package org.diplomatictimeline.curation;
