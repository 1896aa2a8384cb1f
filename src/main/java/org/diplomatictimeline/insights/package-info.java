/** Relations at a glance: encounters per year, gaps between leader meetings, disputes over time. */
package org.diplomatictimeline.insights;
