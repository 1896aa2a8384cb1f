package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterTest {

	@Test
	void textWithoutBlockIsAllBody() {
		FrontMatter fm = FrontMatter.parse("Leaders met in Seoul.\n---\nnot a block\n");
		assertThat(fm.metadata()).isEqualTo(ArticleMetadata.NONE);
		assertThat(fm.body()).isEqualTo("Leaders met in Seoul.\n---\nnot a block\n");
		assertThat(fm.bodyLine()).isEqualTo(1);
	}

	@Test
	void readsKnownKeysQuotesAndSkipsCommentsAndUnknownKeys() {
		String text = """
				---
				title: "Ministers talk: a thaw?"
				# a comment
				author: Someone
				source: Example Wire
				url: https://example.org/a?b=c
				published: 2023-03-16T09:00:00+09:00

				---

				Body starts here.
				""";
		FrontMatter fm = FrontMatter.parse(text);
		assertThat(fm.metadata()).isEqualTo(new ArticleMetadata("Ministers talk: a thaw?", "Example Wire",
				"https://example.org/a?b=c", LocalDate.of(2023, 3, 16)));
		assertThat(fm.body()).isEqualTo("\nBody starts here.\n");
		assertThat(fm.bodyLine()).isEqualTo(10);
	}

	@Test
	void unclosedBlockNamesTheOpeningLine() {
		assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\nBody without a closing fence.\n"))
			.isInstanceOfSatisfying(FrontMatter.Malformed.class, e -> assertThat(e.line()).isEqualTo(3))
			.hasMessageContaining("line 3");
		assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\nsource: y\n"))
			.isInstanceOfSatisfying(FrontMatter.Malformed.class, e -> assertThat(e.line()).isEqualTo(1))
			.hasMessageContaining("never closed");
	}

	@Test
	void badDateNamesItsLine() {
		assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\npublished: 2023-02-30\n---\nText\n"))
			.isInstanceOfSatisfying(FrontMatter.Malformed.class, e -> assertThat(e.line()).isEqualTo(3))
			.hasMessageContaining("2023-02-30")
			.hasMessageContaining("YYYY-MM-DD");
	}

	@Test
	void renderedBlockParsesBackAndFlattensLineBreaks() {
		ArticleMetadata meta = new ArticleMetadata("Two\nlines", "Wire", null, LocalDate.of(2019, 12, 24));
		String block = FrontMatter.render(meta);
		assertThat(block).isEqualTo("---\ntitle: Two lines\nsource: Wire\npublished: 2019-12-24\n---\n");
		FrontMatter back = FrontMatter.parse(block + "Text.\n");
		assertThat(back.metadata()).isEqualTo(new ArticleMetadata("Two lines", "Wire", null, LocalDate.of(2019, 12, 24)));
		assertThat(back.body()).isEqualTo("Text.\n");
		assertThat(FrontMatter.render(ArticleMetadata.NONE)).isEmpty();
	}
}
