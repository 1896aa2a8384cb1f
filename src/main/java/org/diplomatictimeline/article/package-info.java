/** Articles: the stored source texts, their metadata and pages. */
package org.diplomatictimeline.article;
