package org.diplomatictimeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Splits an article body into sentences with their offsets. Paragraphs (lines, or the runs of
 * lines of hard-wrapped copy) are always boundaries; inside a line the OpenNLP English sentence model decides, with a repair for
 * abbreviations it splits after ("Nov. 13", "S. Korea"). Marks photo captions, repeated paragraphs
 * and the "Related coverage" tail.
 */
final class SentenceSplitter {

	private static final Pattern RELATED = Pattern.compile(
			"^[ \\t]*(?:related coverage|related articles?|related stories|related news|related content|read more|see also|more on this|also read|more stories|recommended|recommended stories|you may also like|most read|most viewed|most popular|most shared|trending|trending now|top stories|latest news|editor's picks|editors' picks)\\b(?:[^\\n]{0,40}|\\s*:[^\\n]*)$",
			Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

	/** Picture positions and photo words; the agencies' credits come from news-agencies.csv. */
	private static final String CAPTION_WORDS = "(?:L|R|C|left|right|center|centre|front|back|2nd [LR]|[LR] to [RL])\\)|Photo\\b|Pool photo";


	/** "This photo, provided by ..., shows", "In this photo released by ...": a caption by its opening words. */
	private static final Pattern PHOTO_LEAD = Pattern.compile(
			"(?i)(?:in )?(?:this|the above|the) (?:file )?(?:photo|picture|image)\\b(?:,? (?:provided|released|taken|distributed|shows?))");

	private static final Pattern CREDIT_LINE = Pattern.compile(
			"^(?:Courtesy of|Photo(?: by|:)|Photograph by|Provided by|Source:)\\b[^.]{0,80}$", Pattern.CASE_INSENSITIVE);

	private static final Pattern ABBREVIATION_END = Pattern.compile(
			"(?:\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|St|No|Vol|Jr|Sr|vs)|(?:^|\\s)[A-Z])\\.$");

	/** An honorific never ends a sentence: "H.E. Dr. | Park Jin". */
	private static final Pattern HONORIFIC_END = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|Amb)|\\bH\\.E)\\.$");

	/** "U.S." or "U.N." ending a piece that goes on with a title: "met U.S. | President Joe Biden". */
	private static final Pattern COUNTRY_ABBREVIATION_END = Pattern.compile("\\b(?:U\\.S|U\\.N|U\\.K|E\\.U|S\\. Korea|N\\. Korea)\\.$");

	private static final Pattern TITLE_START = Pattern.compile(
			"^(?:President|Secretary|Vice|Ambassador|Defense|Trade|National|Special|State|Treasury|Deputy|Forces|Navy|Army|Air|Senator|Senate|House|Congress|Embassy|Representative|Envoy|Security|General|Assembly|Command|officials?|troops|forces|and|[a-z0-9])");

	private final SentenceModel model;

	/** Tried at each opening parenthesis only: "(L)", "(Photo courtesy ...)", "(Kyodo)". */
	private final Pattern captionMark;

	SentenceSplitter(ReferenceData reference) {
		this.model = loadModel();
		String credits = reference.newsAgencies().stream().map(Pattern::quote).collect(Collectors.joining("|"));
		this.captionMark = Pattern.compile("\\((?:" + CAPTION_WORDS + (credits.isEmpty() ? "" : "|(?:" + credits + ")\\)") + ")");
	}

	static SentenceModel loadModel() {
		ClassLoader loader = SentenceSplitter.class.getClassLoader();
		try (InputStream props = loader.getResourceAsStream("model.properties")) {
			String name = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
			if (props != null) {
				Properties p = new Properties();
				p.load(props);
				String declared = p.getProperty("model.name");
				if (declared != null && declared.contains("sentence")) {
					name = declared;
				}
			}
			try (InputStream in = loader.getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("sentence model " + name + " is not on the classpath");
				}
				return new SentenceModel(in);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot load the sentence model", e);
		}
	}

	List<Sentence> split(String body) {
		int contentEnd = contentEnd(body);
		SentenceDetectorME detector = new SentenceDetectorME(model);
		List<Sentence> out = new ArrayList<>();
		Set<String> seenParagraphs = new HashSet<>();
		int paragraph = -1;
		boolean previousWasCredit = false;
		for (int[] p : paragraphs(body)) {
			int start = p[0];
			int end = p[1];
			paragraph++;
			// a hard-wrapped paragraph reads as one line: its line breaks become spaces, offsets unchanged
			String line = body.substring(start, end).replace('\n', ' ').replace('\r', ' ');
			String key = paragraphKey(line);
			boolean duplicate = key.length() > 30 && !seenParagraphs.add(key);
			boolean content = start < contentEnd;
			boolean caption = previousWasCredit || isCaption(line);
			previousWasCredit = CREDIT_LINE.matcher(line).matches();
			for (int[] s : sentencesOfLine(detector, line, caption)) {
				int a = start + s[0];
				int b = start + s[1];
				out.add(new Sentence(out.size(), a, b, line.substring(s[0], s[1]), paragraph, caption, duplicate, content));
			}
		}
		return out;
	}

	/**
	 * The paragraphs of a body as trimmed [start, end) ranges. Each line is a paragraph, except in
	 * hard-wrapped copy (wire text broken at a fixed width, as older agencies' feeds are): there a
	 * line filled to near the width goes on in the next line.
	 */
	static List<int[]> paragraphs(String body) {
		List<int[]> lines = new ArrayList<>();
		int pos = 0;
		while (pos < body.length()) {
			int nl = body.indexOf('\n', pos);
			int lineEnd = nl < 0 ? body.length() : nl;
			int start = pos;
			int end = lineEnd;
			while (start < end && Character.isWhitespace(body.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
				end--;
			}
			// an empty line is kept as a marker: it always ends a paragraph
			lines.add(new int[] { start, end });
			pos = lineEnd + 1;
		}
		int width = wrapWidth(lines);
		List<int[]> out = new ArrayList<>();
		int[] open = null;
		for (int[] line : lines) {
			if (line[0] >= line[1]) {
				open = null;
				continue;
			}
			if (open != null) {
				open[1] = line[1];
			}
			else {
				open = new int[] { line[0], line[1] };
				out.add(open);
			}
			boolean filled = width > 0 && line[1] - line[0] >= width * 0.72 && !endsHeading(body, line);
			if (!filled) {
				open = null;
			}
		}
		return out;
	}

	/**
	 * The width copy was wrapped at, or 0 when it was not: no line is longer than a terminal's width,
	 * and many lines near the longest one run straight into a next line.
	 */
	private static int wrapWidth(List<int[]> lines) {
		int longest = 0;
		for (int[] l : lines) {
			longest = Math.max(longest, l[1] - l[0]);
		}
		if (longest < 50 || longest > 110) {
			return 0;
		}
		int continued = 0;
		for (int i = 0; i + 1 < lines.size(); i++) {
			int[] l = lines.get(i);
			int[] next = lines.get(i + 1);
			if (l[1] - l[0] >= longest * 0.72 && next[1] > next[0]) {
				continued++;
			}
		}
		return continued >= 5 ? longest : 0;
	}

	/** A line that ends like a heading or a credit, never continued: a colon, or no lower-case word at all. */
	private static boolean endsHeading(String body, int[] line) {
		char last = body.charAt(line[1] - 1);
		if (last == ':') {
			return true;
		}
		for (int i = line[0]; i < line[1]; i++) {
			if (Character.isLowerCase(body.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The paragraph with runs of whitespace as one space, in lower case: repeated paragraphs share it. */
	private static String paragraphKey(String line) {
		StringBuilder sb = new StringBuilder(line.length());
		boolean space = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isWhitespace(c)) {
				space = true;
				continue;
			}
			if (space && sb.length() > 0) {
				sb.append(' ');
			}
			space = false;
			sb.append(Character.toLowerCase(c));
		}
		return sb.toString();
	}

	static int contentEnd(String body) {
		Matcher m = RELATED.matcher(body);
		return m.find() ? m.start() : body.length();
	}

	boolean isCaption(String line) {
		if (line.startsWith("(") && (line.endsWith(")") || line.endsWith(").") || line.endsWith(".)"))) {
			return true;
		}
		if (line.startsWith("Photo:") || line.contains("Photo courtesy") || PHOTO_LEAD.matcher(line).lookingAt()) {
			return true;
		}
		Matcher m = captionMark.matcher(line);
		for (int i = line.indexOf('('); i >= 0; i = line.indexOf('(', i + 1)) {
			m.region(i, line.length());
			if (m.lookingAt() && !dateline(line, m.end()) && !DATELINE_BEFORE.matcher(line.substring(0, i)).matches()) {
				return true;
			}
		}
		return false;
	}

	/** "SEOUL (Kyodo) Defense Minister ...", "TOKYO, Jan. 10 (Jiji Press) ...": a capitals dateline before the credit. */
	private static final Pattern DATELINE_BEFORE = Pattern.compile(
			"\\s*[A-Z][A-Z.'’/ -]{2,40}(?:,\\s*[A-Z][a-z]{2,4}\\.? \\d{1,2})?\\s*");

	/** "SEOUL, Feb. 11 (Yonhap) -- ...": an agency's name before a dash opens a story, it credits no photo. */
	private static boolean dateline(String line, int afterMark) {
		int i = afterMark;
		while (i < line.length() && line.charAt(i) == ' ') {
			i++;
		}
		return i < line.length() && (line.charAt(i) == '-' || line.charAt(i) == '\u2014' || line.charAt(i) == '\u2013');
	}

	private static List<int[]> sentencesOfLine(SentenceDetectorME detector, String line, boolean caption) {
		List<int[]> spans = new ArrayList<>();
		if (caption && line.startsWith("(") && line.endsWith(")")) {
			spans.add(new int[] { 1, line.length() - 1 });
			return spans;
		}
		for (Span s : detector.sentPosDetect(line)) {
			int a = s.getStart();
			int b = s.getEnd();
			if (!spans.isEmpty()) {
				int[] last = spans.get(spans.size() - 1);
				// only the end of the previous piece matters; matching the whole piece would cost a scan per piece
				String prev = line.substring(Math.max(last[0], last[1] - 12), last[1]);
				char first = line.charAt(a);
				boolean countryAbbreviation = COUNTRY_ABBREVIATION_END.matcher(prev).find()
						&& TITLE_START.matcher(line.substring(a, Math.min(line.length(), a + 20))).find();
				boolean honorific = HONORIFIC_END.matcher(prev).find() && Character.isUpperCase(first);
				if (honorific || countryAbbreviation || ABBREVIATION_END.matcher(prev).find() && (Character.isDigit(first)
						|| Character.isLowerCase(first) || prev.matches("(?s)(?:.*\\s)?[A-Z]\\.$"))) {
					last[1] = b;
					continue;
				}
			}
			spans.add(new int[] { a, b });
		}
		// photo credits glued to a caption, e.g. "... 2022. (Photo courtesy of ...)(Kyodo)", become their own piece
		List<int[]> out = new ArrayList<>();
		for (int[] s : spans) {
			String text = line.substring(s[0], s[1]);
			int cut = text.indexOf(" (Photo");
			if (cut > 0) {
				out.add(new int[] { s[0], s[0] + cut });
				out.add(new int[] { s[0] + cut + 1, s[1] });
			}
			else {
				out.add(s);
			}
		}
		return out;
	}
}
