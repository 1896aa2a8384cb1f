package org.diplomatictimeline.ingest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleDecoderTest {

	private final ArticleDecoder decoder = new ArticleDecoder(1000);

	@Test
	void plainUtf8() throws Exception {
		assertThat(decoder.decode("Yoon met Kishida in Tokyo — 東京.\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("Yoon met Kishida in Tokyo — 東京.\n");
	}

	@Test
	void utf8ByteOrderMarkIsDropped() throws Exception {
		byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "Text".getBytes(StandardCharsets.UTF_8));
		assertThat(decoder.decode(bytes)).isEqualTo("Text");
	}

	@Test
	void utf16WithByteOrderMarkIsDecoded() throws Exception {
		byte[] le = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "Seoul 서울".getBytes(StandardCharsets.UTF_16LE));
		byte[] be = concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, "Seoul 서울".getBytes(StandardCharsets.UTF_16BE));
		assertThat(decoder.decode(le)).isEqualTo("Seoul 서울");
		assertThat(decoder.decode(be)).isEqualTo("Seoul 서울");
	}

	@Test
	void utf16WithoutByteOrderMarkIsRejectedAsBinary() {
		assertThatThrownBy(() -> decoder.decode("Seoul".getBytes(StandardCharsets.UTF_16LE)))
			.hasMessageContaining("binary")
			.hasMessageContaining("byte-order mark");
	}

	@Test
	void emptyAndWhiteSpace() {
		assertThatThrownBy(() -> decoder.decode(new byte[0])).hasMessage("the file is empty");
		assertThatThrownBy(() -> decoder.decode(" \n\t\r\n ".getBytes(StandardCharsets.UTF_8)))
			.hasMessage("the file contains only white space");
	}

	@Test
	void binaryData() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		assertThatThrownBy(() -> decoder.decode(png)).hasMessageContaining("binary");
		assertThatThrownBy(() -> decoder.decode("line one\nbell \u0007 here".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("U+0007")
			.hasMessageContaining("line 2");
	}

	@Test
	void invalidUtf8() {
		byte[] latin1 = "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> decoder.decode(latin1)).hasMessage("the file is not valid UTF-8 text");
	}

	@Test
	void overTheSizeLimit() {
		assertThatThrownBy(() -> decoder.decode(new byte[1001])).hasMessageContaining("1001 bytes, over the limit of 1000");
		assertThatThrownBy(() -> decoder.checkSize(5000)).hasMessageContaining("over the limit");
	}

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

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
