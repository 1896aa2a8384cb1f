package org.diplomatictimeline.encounter;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line that says what an encounter was about, taken from the sentences its sources cite as
 * evidence: the first one that tells an outcome ("agreed", "reaffirmed", "discussed", ...), cut to the
 * clause from that verb on. "The leaders of Japan and South Korea agreed Wednesday to restore sound
 * bilateral relations, with ties having deteriorated ..." gives "Agreed to restore sound bilateral
 * relations".
 * <p>
 * Main reports are read first, in their order. A sentence of an article that only mentions the
 * encounter counts only when a participant is named before the verb, so that "The two ministers agreed
 * to prepare for their leaders' meeting" is not taken as the outcome of that later meeting. The
 * patterns are of the language, not of particular events; nothing here is stored, so the line follows
 * every re-extraction and correction.
 */
public final class OutcomeLine {

	/** Longest line kept whole; longer ones are cut at a word with an ellipsis. */
	static final int MAX_LENGTH = 140;

	/** A clause shorter than this is too thin to say anything ("Agreed."). */
	private static final int MIN_LENGTH = 12;

	private static final Pattern VERB = Pattern.compile("\\b(agreed|reaffirmed|affirmed|confirmed|discussed|pledged|vowed"
			+ "|shared|condemned|welcomed|exchanged|signed|promised|committed|urged|called for|expressed|stressed"
			+ "|emphasi[sz]ed|underscored|talked about|reached)\\b");

	/** A day or time word right after the verb: "agreed Wednesday to ...", "agreed on Sunday to ...". */
	private static final Pattern WHEN = Pattern.compile(
			"^(?:on )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|earlier|later|again|also)\\b,? ?");

	/** Where the outcome's clause ends: the circumstances, the attribution, the next clause. */
	private static final Pattern CLAUSE_END = Pattern.compile(",|;| — | – |\\(| when | during | as | amid | while "
			+ "| on the (?:sidelines|fringes?|margins?) | according to | after | before "
			+ "| (?:at|in) (?:a|an|their|the) (?:\\S+ )?(?:meeting|talks|summit|conversation|phone|call|dinner|conference)\\b");

	/** A relative clause that only adds detail, when the line is long enough without it. */
	private static final Pattern DETAIL = Pattern.compile(" (?:that|which|who) ");

	private static final int DETAIL_AFTER = 40;

	private OutcomeLine() {
	}

	/** One evidence sentence and whether its article reports the encounter (main) or mentions it. */
	public record Sentence(String text, boolean main) {
	}

	/**
	 * @param sentences evidence of the encounter's sources, main reports first
	 * @param names the participants' names, to check who a mentioning sentence is about
	 * @return the line, or null when no sentence tells an outcome
	 */
	public static String of(List<Sentence> sentences, Collection<String> names) {
		for (Sentence s : sentences) {
			String line = line(s.text(), s.main() ? null : names);
			if (line != null) {
				return line;
			}
		}
		return null;
	}

	/** The outcome clause of one sentence, or null; with names, one must come before the verb. */
	static String line(String sentence, Collection<String> names) {
		Matcher verb = VERB.matcher(sentence);
		if (!verb.find() || insideQuote(sentence, verb.start())) {
			return null;
		}
		if (names != null && !namesBefore(sentence.substring(0, verb.start()), names)) {
			return null;
		}
		String rest = sentence.substring(verb.end()).stripLeading();
		rest = WHEN.matcher(rest).replaceFirst("");
		String clause = (verb.group(1) + " " + rest).strip();
		Matcher end = CLAUSE_END.matcher(clause);
		if (end.find(verb.group(1).length())) {
			clause = clause.substring(0, end.start());
		}
		Matcher detail = DETAIL.matcher(clause);
		while (detail.find()) {
			if (detail.start() >= DETAIL_AFTER) {
				clause = clause.substring(0, detail.start());
				break;
			}
		}
		clause = clause.strip().replaceAll("[.\\s]+$", "");
		if (clause.length() < MIN_LENGTH) {
			return null;
		}
		return capitalised(shortened(clause));
	}

	private static boolean namesBefore(String before, Collection<String> names) {
		for (String name : names) {
			for (String part : name.split("[\\s-]+")) {
				if (part.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(part) + "\\b").matcher(before).find()) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether an odd number of quotation marks precede the position: the verb is someone's words. */
	private static boolean insideQuote(String sentence, int position) {
		int straight = 0;
		int open = 0;
		for (int i = 0; i < position; i++) {
			char c = sentence.charAt(i);
			if (c == '"') {
				straight++;
			}
			else if (c == '\u201c') {
				open++;
			}
			else if (c == '\u201d') {
				open--;
			}
		}
		return straight % 2 == 1 || open > 0;
	}

	private static String shortened(String clause) {
		if (clause.length() <= MAX_LENGTH) {
			return clause;
		}
		int cut = clause.lastIndexOf(' ', MAX_LENGTH);
		return clause.substring(0, cut > 0 ? cut : MAX_LENGTH) + "…";
	}

	private static String capitalised(String clause) {
		return clause.substring(0, 1).toUpperCase(Locale.ROOT) + clause.substring(1);
	}
}
