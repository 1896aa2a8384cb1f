/** Adding articles: decoding, extraction and storage, one transaction per article. */
package org.diplomatictimeline.ingest;
