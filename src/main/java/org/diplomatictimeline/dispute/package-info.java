/** Dispute topics between Japan and South Korea. */
package org.diplomatictimeline.dispute;
