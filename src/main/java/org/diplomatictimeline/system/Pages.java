package org.diplomatictimeline.system;

/**
 * Where a paged list stands, and the links to its other pages: the list's URL with a {@code page}
 * parameter (none for the first page), keeping whatever query string the list already has.
 *
 * @param number this page, from 1
 * @param pages how many pages there are, at least 1
 * @param base the list's path with its query string (filters), without a page parameter
 * @param anchor appended to every link (e.g. {@code #sources}) so the reader lands on the list; may be empty
 */
public record Pages(int number, int pages, String base, String anchor) {

	/** Pages of {@code size} rows for {@code total} rows; the requested page is clamped into range. */
	public static Pages of(int requested, long total, int size, String base, String anchor) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		return new Pages(Math.min(Math.max(requested, 1), pages), pages, base, anchor);
	}

	/** The index of this page's first row. */
	public int offset(int size) {
		return (number - 1) * size;
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages;
	}

	public String pageHref(int n) {
		String href = n <= 1 ? base : base + (base.contains("?") ? "&" : "?") + "page=" + n;
		return href + anchor;
	}
}
