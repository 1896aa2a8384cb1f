package org.diplomatictimeline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.diplomatictimeline.article.HighlightedText.Highlight;
import org.diplomatictimeline.article.HighlightedText.Paragraph;
import org.diplomatictimeline.article.HighlightedText.Segment;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {

	@Test
	void splitsParagraphsAtBlankLinesAndKeepsPlainText() {
		List<Paragraph> paragraphs = HighlightedText.of("One.\n\nTwo.\nStill two.", List.of());

		assertThat(paragraphs).hasSize(2);
		assertThat(paragraphs.get(0).segments()).extracting(Segment::text).containsExactly("One.");
		assertThat(paragraphs.get(1).segments()).extracting(Segment::text).containsExactly("Two.\nStill two.");
	}

	@Test
	void marksAHighlightWithItsAnchor() {
		String body = "They met. They talked.";
		List<Paragraph> paragraphs = HighlightedText.of(body, List.of(new Highlight(10, 22, "ev-1-0", "evidence")));

		List<Segment> segments = paragraphs.get(0).segments();
		assertThat(segments).hasSize(2);
		assertThat(segments.get(0)).isEqualTo(new Segment("They met. ", false, null, null, List.of()));
		assertThat(segments.get(1)).isEqualTo(new Segment("They talked.", true, "evidence", "ev-1-0", List.of()));
	}

	@Test
	void overlappingHighlightsAreSplitAndEachAnchorIsKept() {
		String body = "Kishida said \"we must talk\" in Madrid.";
		int quoteStart = body.indexOf('"');
		int quoteEnd = body.lastIndexOf('"') + 1;
		List<Paragraph> paragraphs = HighlightedText.of(body, List.of(new Highlight(0, body.length(), "ev-1-0", "evidence"),
				new Highlight(quoteStart, quoteEnd, "ev-st4", "statement"), new Highlight(0, 7, "ev-2-0", "evidence")));

		List<Segment> segments = paragraphs.get(0).segments();
		assertThat(segments).extracting(Segment::text)
			.containsExactly("Kishida", " said ", "\"we must talk\"", " in Madrid.");
		assertThat(segments).allMatch(Segment::marked);
		assertThat(segments.get(0).id()).isEqualTo("ev-1-0");
		assertThat(segments.get(0).anchors()).containsExactly("ev-2-0");
		assertThat(segments.get(2).id()).isEqualTo("ev-st4");
		assertThat(segments.get(2).kind()).isEqualTo("statement");
		assertThat(segments.get(3).kind()).isEqualTo("evidence");
	}

	@Test
	void highlightAcrossAParagraphBreakContinuesInTheNextParagraphWithoutRepeatingItsAnchor() {
		String body = "First line.\n\nSecond line.";
		List<Paragraph> paragraphs = HighlightedText.of(body, List.of(new Highlight(6, 19, "ev-1-0", "evidence")));

		assertThat(paragraphs).hasSize(2);
		assertThat(paragraphs.get(0).segments().get(1)).isEqualTo(new Segment("line.", true, "evidence", "ev-1-0", List.of()));
		assertThat(paragraphs.get(1).segments().get(0)).isEqualTo(new Segment("Second", true, "evidence", null, List.of()));
	}

	@Test
	void ignoresHighlightsOutsideTheBody() {
		List<Paragraph> paragraphs = HighlightedText.of("Short.", List.of(new Highlight(3, 99, "ev-x", "evidence"),
				new Highlight(4, 4, "ev-y", "evidence")));

		assertThat(paragraphs.get(0).segments()).containsExactly(new Segment("Short.", false, null, null, List.of()));
	}
}
