package org.diplomatictimeline.timeline;

/** The order of the timeline list: newest first unless the reader asks for the oldest first. */
public enum TimelineOrder {
	NEWEST("newest"), OLDEST("oldest");

	private final String code;

	TimelineOrder(String code) {
		this.code = code;
	}

	/** The value of the {@code order} URL parameter. */
	public String code() {
		return code;
	}

	/** @throws IllegalArgumentException for anything but a known code (case-insensitive) */
	public static TimelineOrder fromCode(String code) {
		for (TimelineOrder o : values()) {
			if (o.code.equalsIgnoreCase(code)) {
				return o;
			}
		}
		throw new IllegalArgumentException(code);
	}
}
