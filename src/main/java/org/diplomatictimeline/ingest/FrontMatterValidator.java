package org.diplomatictimeline.ingest;

import java.time.Clock;
import java.time.LocalDate;

import org.diplomatictimeline.ingest.extract.FrontMatter;

/**
 * Checks an article's front matter before anything is extracted: a block that cannot be read, or a
 * publication date after today, rejects the file with the line to fix. "Today" is taken one day
 * ahead of the server's clock so that an article dated in a time zone east of the server passes.
 */
class FrontMatterValidator {

	private final Clock clock;

	FrontMatterValidator(Clock clock) {
		this.clock = clock;
	}

	FrontMatter validate(String text) throws RejectedInputException {
		FrontMatter frontMatter;
		try {
			frontMatter = FrontMatter.parse(text);
		}
		catch (FrontMatter.Malformed e) {
			throw new RejectedInputException(e.getMessage());
		}
		LocalDate published = frontMatter.metadata().published();
		LocalDate latest = LocalDate.now(clock).plusDays(1);
		if (published != null && published.isAfter(latest)) {
			throw new RejectedInputException("front matter, line " + publishedLine(text) + ": the published date "
					+ published + " is in the future");
		}
		if (frontMatter.body().isBlank()) {
			throw new RejectedInputException("the article has front matter but no text after it");
		}
		return frontMatter;
	}

	private static int publishedLine(String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i].strip().toLowerCase(java.util.Locale.ROOT);
			if (line.startsWith("published") || line.startsWith("date")) {
				return i + 1;
			}
		}
		return 1;
	}
}
