/** The timeline as a whole: its machine-readable document and API. */
package org.diplomatictimeline.timeline;
