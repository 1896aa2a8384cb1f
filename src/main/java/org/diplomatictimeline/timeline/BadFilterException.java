package org.diplomatictimeline.timeline;

import java.util.List;

import org.diplomatictimeline.system.InvalidParametersException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A machine request (API or export) with filter values that cannot be used. Pages show the same
 * problems as notices instead; machines get 400 with each problem named.
 */
public class BadFilterException extends InvalidParametersException {

	private final List<Notice> notices;

	public BadFilterException(List<Notice> notices) {
		super(notices.stream().map(n -> n.key() + "=" + n.value()).reduce((a, b) -> a + "; " + b).orElse(""));
		this.notices = List.copyOf(notices);
	}

	@Override
	public List<MessageSourceResolvable> problems() {
		return notices.stream()
			.map(n -> (MessageSourceResolvable) new DefaultMessageSourceResolvable(new String[] { n.key() },
					new Object[] { n.value() }, n.key() + ": " + n.value()))
			.toList();
	}
}
