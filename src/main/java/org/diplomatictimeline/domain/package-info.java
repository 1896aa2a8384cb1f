/**
 * The product's vocabulary, shared by the extraction pipeline and the pages: dates with a precision
 * and the kinds, levels, statuses and roles of encounters and statements. Plain Java, depends on
 * nothing else in the project.
 */
package org.diplomatictimeline.domain;
