package org.diplomatictimeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleDecoderTest {

	private final ArticleDecoder decoder = new ArticleDecoder(1000);

	@Test
	void decodesUtf8AndDropsTheByteOrderMark() throws Exception {
		byte[] bytes = "\uFEFFSeoul — Ministers met.".getBytes(StandardCharsets.UTF_8);
		assertThat(decoder.decode(bytes)).isEqualTo("Seoul — Ministers met.");
	}

	@Test
	void rejectsEmptyBlankBinaryInvalidAndOversizedFiles() {
		assertThatThrownBy(() -> decoder.decode(new byte[0])).hasMessageContaining("empty");
		assertThatThrownBy(() -> decoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("white space");
		assertThatThrownBy(() -> decoder.decode(new byte[] { 'a', 0, 'b' })).hasMessageContaining("binary");
		assertThatThrownBy(() -> decoder.decode(new byte[] { 'a', (byte) 0xC3, 'b' })).hasMessageContaining("UTF-8");
		assertThatThrownBy(() -> decoder.decode(new byte[1001])).hasMessageContaining("over the limit");
	}
}
