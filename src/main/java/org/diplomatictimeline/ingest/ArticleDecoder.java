package org.diplomatictimeline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns an uploaded or read file's bytes into article text, or says clearly why it cannot. */
public class ArticleDecoder {

	private final long maxBytes;

	public ArticleDecoder(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public String decode(byte[] bytes) throws RejectedInputException {
		if (bytes.length == 0) {
			throw new RejectedInputException("the file is empty");
		}
		if (bytes.length > maxBytes) {
			throw new RejectedInputException(
					"the file is " + bytes.length + " bytes, over the limit of " + maxBytes + " bytes");
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new RejectedInputException("the file is binary, not text (it contains NUL bytes)");
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new RejectedInputException("the file is not valid UTF-8 text");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new RejectedInputException("the file contains only white space");
		}
		return text;
	}
}
