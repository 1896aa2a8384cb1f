package org.diplomatictimeline.ingest.extract;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DebugDumpTest {
	@Test
	void dump() throws Exception {
		for (String f : System.getProperty("dump", "").split(",")) {
			if (f.isBlank()) continue;
			String text = Files.readString(Path.of(f));
			System.out.println("=== " + f + "\n" + ExtractionDump.of(Fixture.extract(text)));
		}
	}
}
