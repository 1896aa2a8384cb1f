/** Statements: what officials said, quoted or reported, and where. */
package org.diplomatictimeline.statement;
