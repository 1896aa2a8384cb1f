package org.diplomatictimeline.ingest.extract;

/** Character offsets [start, end) into an article's body text. */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

	public TextSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
	}

	public String of(String text) {
		return text.substring(start, end);
	}

	@Override
	public int compareTo(TextSpan o) {
		return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
	}
}
