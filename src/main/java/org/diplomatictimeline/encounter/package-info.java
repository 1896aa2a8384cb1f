/** Encounters between Japanese and South Korean officials, their participants and sources, and how accounts merge. */
package org.diplomatictimeline.encounter;
