/** The extraction pipeline and its output model; plain Java, no Spring. */
package org.diplomatictimeline.ingest.extract;
