package org.diplomatictimeline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Cuts an article body into paragraphs of plain and highlighted segments, so a template can show
 * evidence sentences marked while escaping every character of the text. Overlapping highlights are
 * split at every boundary; each highlight's anchor lands on the segment where it starts.
 */
public final class HighlightedText {

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

	private HighlightedText() {
	}

	/**
	 * A span of the body to highlight: offsets [start, end), its anchor id, its kind ("evidence",
	 * "statement") and the number of the encounter it supports on the article page (0 for none).
	 */
	public record Highlight(int start, int end, String anchor, String kind, int group) {

		public Highlight(int start, int end, String anchor, String kind) {
			this(start, end, anchor, kind, 0);
		}
	}

	/**
	 * @param marked whether the text is highlighted
	 * @param kind "statement" when a statement covers it, else "evidence"; null when not marked
	 * @param id the anchor of the first highlight starting here, or null
	 * @param anchors anchors of further highlights starting here
	 * @param group the number of the encounter the text supports (the first one), 0 for none: its colour
	 * @param starts the numbers of the encounters whose evidence starts here, each shown as a link
	 */
	public record Segment(String text, boolean marked, String kind, String id, List<String> anchors, int group,
			List<Integer> starts) {

		public Segment(String text, boolean marked, String kind, String id, List<String> anchors) {
			this(text, marked, kind, id, anchors, 0, List.of());
		}

		/** The colour class of the group: six colours in turn, the number beside it says which encounter. */
		public String groupClass() {
			return group == 0 ? "" : "mark-g" + ((group - 1) % 6 + 1);
		}

		Segment withText(String text, String id, List<String> anchors, List<Integer> starts) {
			return new Segment(text, marked, kind, id, anchors, group, starts);
		}
	}

	public record Paragraph(List<Segment> segments) {
	}

	/** Highlights with offsets outside the body or empty ones are ignored. */
	public static List<Paragraph> of(String body, List<Highlight> highlights) {
		List<Highlight> valid = highlights.stream()
			.filter(h -> h.start() >= 0 && h.end() <= body.length() && h.start() < h.end())
			.toList();
		TreeSet<Integer> cuts = new TreeSet<>();
		cuts.add(0);
		cuts.add(body.length());
		valid.forEach(h -> {
			cuts.add(h.start());
			cuts.add(h.end());
		});
		List<Paragraph> paragraphs = new ArrayList<>();
		List<Segment> current = new ArrayList<>();
		Integer from = null;
		for (int to : cuts) {
			if (from != null && to > from) {
				Segment segment = segment(body, from, to, valid);
				current = addSplitting(segment, current, paragraphs);
			}
			from = to;
		}
		close(current, paragraphs);
		return paragraphs;
	}

	private static Segment segment(String body, int from, int to, List<Highlight> highlights) {
		List<Highlight> covering = highlights.stream().filter(h -> h.start() <= from && h.end() >= to).toList();
		List<String> starting = highlights.stream().filter(h -> h.start() == from).map(Highlight::anchor).toList();
		boolean marked = !covering.isEmpty();
		String kind = !marked ? null
				: covering.stream().anyMatch(h -> "statement".equals(h.kind())) ? "statement" : "evidence";
		String id = starting.isEmpty() ? null : starting.get(0);
		List<String> more = starting.size() > 1 ? starting.subList(1, starting.size()) : List.of();
		int group = covering.stream().mapToInt(Highlight::group).filter(g -> g > 0).min().orElse(0);
		List<Integer> starts = highlights.stream()
			.filter(h -> h.start() == from && h.group() > 0)
			.map(Highlight::group)
			.distinct()
			.sorted()
			.toList();
		return new Segment(body.substring(from, to), marked, kind, id, more, group, starts);
	}

	/** Adds a segment, starting new paragraphs at blank lines inside it; returns the open paragraph. */
	private static List<Segment> addSplitting(Segment segment, List<Segment> current, List<Paragraph> paragraphs) {
		String[] parts = PARAGRAPH_BREAK.split(segment.text(), -1);
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				close(current, paragraphs);
				current = new ArrayList<>();
			}
			boolean first = i == 0;
			if (!parts[i].isEmpty() || (first && segment.id() != null)) {
				current.add(segment.withText(parts[i], first ? segment.id() : null, first ? segment.anchors() : List.of(),
						first ? segment.starts() : List.of()));
			}
		}
		return current;
	}

	private static void close(List<Segment> segments, List<Paragraph> paragraphs) {
		if (segments.isEmpty()) {
			return;
		}
		List<Segment> trimmed = new ArrayList<>(segments);
		Segment head = trimmed.get(0);
		trimmed.set(0, head.withText(head.text().stripLeading(), head.id(), head.anchors(), head.starts()));
		int last = trimmed.size() - 1;
		Segment tail = trimmed.get(last);
		trimmed.set(last, tail.withText(tail.text().stripTrailing(), tail.id(), tail.anchors(), tail.starts()));
		boolean blank = trimmed.stream().allMatch(s -> s.text().isBlank() && s.id() == null);
		if (!blank) {
			paragraphs.add(new Paragraph(List.copyOf(trimmed)));
		}
	}
}
