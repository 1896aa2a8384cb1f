package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseIndexTest {

	@Test
	void longestPhraseWinsAndPunctuationIsIgnored() {
		PhraseIndex<String> index = new PhraseIndex<>(false);
		index.add("G20", "summit");
		index.add("G20 foreign ministers", "ministerial");
		index.add("U.N. General Assembly", "unga");
		List<PhraseIndex.Hit<String>> hits = index.find(Token.of("At the G20 Foreign Ministers' meeting and the U.N. General Assembly", 0));
		assertThat(hits).extracting(h -> h.values().iterator().next()).containsExactly("ministerial", "unga");
	}

	@Test
	void capitalizedOnlyIgnoresLowerCaseWords() {
		PhraseIndex<String> index = new PhraseIndex<>(true);
		index.add("Moon", "moon");
		assertThat(index.find(Token.of("the moon rose over Moon's office", 0))).hasSize(1);
	}

	@Test
	void offsetsPointIntoTheText() {
		PhraseIndex<String> index = new PhraseIndex<>(true);
		index.add("Phnom Penh", "pp");
		String text = "They met in Phnom Penh.";
		PhraseIndex.Hit<String> hit = index.find(Token.of(text, 0)).get(0);
		assertThat(text.substring(hit.start(), hit.end())).isEqualTo("Phnom Penh");
	}
}
