/** Diplomatic Timeline: Japan–South Korea encounters extracted from news articles. */
package org.diplomatictimeline;
