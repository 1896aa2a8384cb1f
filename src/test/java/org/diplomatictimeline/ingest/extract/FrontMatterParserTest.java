package org.diplomatictimeline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

	private final FrontMatterParser parser = new FrontMatterParser();

	@Test
	void readsKeysAndReturnsTheBodyAfterTheBlock() {
		FrontMatter fm = parser.parse("---\ntitle: Leaders meet\nsource: Example Wire\nurl: https://example.org/a\n"
				+ "published: 2023-03-16\n---\nTOKYO -- The body starts here.\n");
		assertThat(fm.metadata()).isEqualTo(new ArticleMetadata("Leaders meet", "Example Wire", "https://example.org/a",
				LocalDate.of(2023, 3, 16)));
		assertThat(fm.body()).isEqualTo("TOKYO -- The body starts here.\n");
	}

	@Test
	void textWithoutFrontMatterIsAllBody() {
		FrontMatter fm = parser.parse("Kishida and Yoon met on Tuesday.\n");
		assertThat(fm.metadata()).isEqualTo(ArticleMetadata.NONE);
		assertThat(fm.body()).isEqualTo("Kishida and Yoon met on Tuesday.\n");
	}

	@Test
	void unclosedBlockIsNotFrontMatter() {
		String text = "---\ntitle: Leaders meet\nThe leaders met.\n";
		assertThat(parser.parse(text).body()).isEqualTo(text);
	}

	@Test
	void malformedBlockIsReadAsBody() {
		String text = "---\ntitle: \"Quoted title\"\npublished: soon\n---\nBody.\n";
		FrontMatter fm = parser.parse(text);
		assertThat(fm.metadata()).isEqualTo(ArticleMetadata.NONE);
		assertThat(fm.body()).isEqualTo(text);
	}

	@Test
	void quotedValuesAndByteOrderMark() {
		FrontMatter fm = parser.parse("\uFEFF---\ntitle: \"Quoted title\"\n---\nBody.\n");
		assertThat(fm.metadata().title()).isEqualTo("Quoted title");
		assertThat(fm.body()).isEqualTo("Body.\n");
	}
}
