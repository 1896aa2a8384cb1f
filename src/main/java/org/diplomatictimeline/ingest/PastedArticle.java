package org.diplomatictimeline.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.diplomatictimeline.ingest.extract.ArticleMetadata;
import org.diplomatictimeline.ingest.extract.FrontMatter;
import org.springframework.format.annotation.DateTimeFormat;

/** The "paste an article" form: its fields become the front matter above the text. */
record PastedArticle(@Size(max = 300, message = "{upload.paste.title.size}") String title,
		@Size(max = 200, message = "{upload.paste.source.size}") String source,
		@Size(max = 2000, message = "{upload.paste.url.size}") @Pattern(regexp = "^$|^https?://\\S+$",
				message = "{upload.paste.url.pattern}") String url,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published,
		@NotBlank(message = "{upload.paste.text.blank}") String text) {

	static PastedArticle empty() {
		return new PastedArticle(null, null, null, null, null);
	}

	/** The file this form stands for: front matter from the fields, then the text. */
	byte[] content() {
		ArticleMetadata meta = new ArticleMetadata(blankToNull(title), blankToNull(source), blankToNull(url), published);
		return (FrontMatter.render(meta) + text.replace("\r\n", "\n")).getBytes(StandardCharsets.UTF_8);
	}

	/** A file name from the title, e.g. "pasted-kishida-and-yoon-meet.txt". */
	String fileName() {
		String base = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (base.length() > 60) {
			base = base.substring(0, 60).replaceAll("-$", "");
		}
		return "pasted-" + (base.isEmpty() ? "article" : base) + ".txt";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
