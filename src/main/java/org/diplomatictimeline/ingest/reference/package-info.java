/** Reference knowledge (officials, places, gatherings, dispute topics) loaded from CSV; plain Java. */
package org.diplomatictimeline.ingest.reference;
