package org.diplomatictimeline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

	@Test
	void onATerminalOneLineIsRedrawn() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ProgressLine line = new ProgressLine(new PrintStream(out, true), true, 4);
		line.step(1, "a.txt");
		line.step(4, "d.txt");
		line.finish();
		String shown = out.toString(StandardCharsets.UTF_8);
		assertThat(shown).startsWith("\r[#######").contains(" 25% 1/4 a.txt").contains("\r[" + "#".repeat(30) + "] 100% 4/4 d.txt");
		assertThat(shown.split("\n")).hasSize(1);
	}

	@Test
	void inALogOneLinePerTenth() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ProgressLine line = new ProgressLine(new PrintStream(out, true), false, 1000);
		for (int i = 1; i <= 1000; i++) {
			line.step(i, "f" + i);
		}
		line.finish();
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(10).last().isEqualTo("1000/1000 files (100%)");
	}
}
