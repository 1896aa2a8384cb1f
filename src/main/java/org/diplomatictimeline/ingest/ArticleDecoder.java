package org.diplomatictimeline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an uploaded or read file's bytes into article text, or says clearly why it cannot.
 * <p>
 * UTF-8 is expected; a UTF-8 byte-order mark is dropped. UTF-16 with a byte-order mark (what some
 * Windows editors save as "Unicode") is decoded and accepted. Anything else that is not valid UTF-8,
 * or that holds control characters other than tab, line and page breaks, is rejected as binary.
 */
public class ArticleDecoder {

	private final long maxBytes;

	public ArticleDecoder(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	public String decode(byte[] bytes) throws RejectedInputException {
		if (bytes.length == 0) {
			throw new RejectedInputException("the file is empty");
		}
		checkSize(bytes.length);
		String text;
		if (startsWith(bytes, 0xFE, 0xFF)) {
			text = strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16 (big-endian)");
		}
		else if (startsWith(bytes, 0xFF, 0xFE)) {
			text = strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16 (little-endian)");
		}
		else {
			for (byte b : bytes) {
				if (b == 0) {
					throw new RejectedInputException(
							"the file is binary, not text (it contains NUL bytes; UTF-16 text needs a byte-order mark)");
				}
			}
			int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
			text = strict(bytes, skip, StandardCharsets.UTF_8, "UTF-8");
		}
		checkControlCharacters(text);
		if (text.isBlank()) {
			throw new RejectedInputException("the file contains only white space");
		}
		return text;
	}

	/** Rejects a file by its size before it is read. */
	public void checkSize(long size) throws RejectedInputException {
		if (size > maxBytes) {
			throw new RejectedInputException("the file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset, String label)
			throws RejectedInputException {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new RejectedInputException("the file is not valid " + label + " text");
		}
	}

	private static void checkControlCharacters(String text) throws RejectedInputException {
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == 0x7F) {
				throw new RejectedInputException(String.format(
						"the file is binary, not text (control character U+%04X on line %d)", (int) c, line));
			}
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
