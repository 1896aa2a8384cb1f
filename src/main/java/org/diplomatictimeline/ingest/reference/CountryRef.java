package org.diplomatictimeline.ingest.reference;

import java.util.List;

/** A row of countries.csv: ISO code, English name, nationality adjectives, metonyms such as "Tokyo". */
public record CountryRef(String code, String name, List<String> adjectives, List<String> aliases) {
}
