/** People: the officials who meet and speak. */
package org.diplomatictimeline.person;
