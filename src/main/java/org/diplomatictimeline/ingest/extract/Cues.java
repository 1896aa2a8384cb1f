package org.diplomatictimeline.ingest.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Patterns of the language that signal meetings, their kind, status, formality and length. */
final class Cues {

	private Cues() {
	}

	/** Case-insensitive whole words or phrases: "(?i)\\b(?:" + alternatives + ")\\b". */
	private static Pattern words(String alternatives) {
		return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b");
	}

	/** Words that say two people met or talked. */
	static final Pattern MEETING = words(
			"met|meet|meets|meeting|meetings|talks|talked|summit|summits|summitry|spoke|speak|speaks|chat|chats|chatted|conversation|conversations|dialogue|encounter|shook hands|shake hands|shakes hands|sat down|sat for|sit-down|phoned|telephoned|phone|telephone|video call|videoconference|video conference|conferred|held a|hold a|greeted|exchanged greetings|pull-aside|hosted|welcomed|visit|visited|visits|visiting|signed|joint declaration|joint statement|joint communique|dined|had dinner|had lunch|luncheon|received|courtesy call|one-on-one|face-to-face|tete-a-tete|sideline talks");

	/** "their talks in Ibusuki last December": the pair just named, by pronoun. */
	static final Pattern PAIR_PRONOUN = words("their|they|the two|the pair");

	/** Words that say two people acted together, which implies they met when nothing else is said. */
	static final Pattern JOINT = words(
			"agreed|agree|agrees|affirmed|reaffirmed|confirmed|shared|discussed|exchanged|told|telling|signed|adopted|pledged|vowed|condemned|urged|asked");

	static final Pattern PHONE = words(
			"by (?:tele)?phone|(?:tele)?phone (?:call|calls|talk|talks|conversation|conversations|summit|meeting|meetings|conference|consultations)|(?:made|placed|received|took|had) an? (?:\\w+ )?call (?:to|from|with)|phoned|telephoned|spoke on the (?:tele)?phone|over the (?:tele)?phone|video (?:call|conference|talks|summit)|videoconference|virtual (?:talks|meeting|summit)|held a call|in a call");

	static final Pattern BRIEF = words(
			"brief handshake|only a handshake|a handshake only|exchanged a handshake|spoke briefly|briefly spoke|briefly talked|talked briefly|brief (?:chat|talk|talks|conversation|exchange|encounter|meeting)|briefly chatted|chatted briefly|chatted|exchanged (?:brief )?greetings|exchanged (?:brief )?pleasantries|stand-up (?:chat|meeting|talks)|pull-aside|pulled aside|on their feet");

	static final Pattern CANCELLED = words(
			"cancel(?:l)?ed|called off|calling off|scrapped|scrapping|postponed|postponing|put off|shelved|canceling|cancelling|was dropped|were dropped|will not travel|would not travel|will not attend|decided not to (?:visit|travel|attend)");

	static final Pattern FUTURE = words(
			"(?:will|would|shall|to|plans? to|planning to|planned to|expected to|set to|slated to|scheduled to|due to|are to|is to|hopes? to|aims? to|seeks? to|seeking to|agreed to|arranging to|intends? to|likely to)\\s+(?:\\w+\\s+){0,2}?(?:meet|hold|visit|host|have talks|sit down|talk|speak|travel|attend)|to be held|slated|scheduled for|planned for|upcoming|next (?:week|month|year)|later this (?:month|week|year)|hope of holding|preparing for|prepare for|arrangements? for|proposed|possible (?:meeting|summit|talks|visit)");

	/** A meeting only thought of: "may postpone a summit", "is contemplating holding talks", "could consider a visit". */
	static final Pattern SPECULATIVE = words(
			"(?:may|might|could|considering|contemplating|mulling|weighing|whether to)\\s+(?:\\w+\\s+){0,3}?(?:meet|meeting|hold|holding|visit|visiting|talks|summit|postpone|skip)");

	/** Words that certainly report a meeting as past, whatever else the clause plans. */
	static final Pattern STRONG_PAST = words(
			"met|held (?:talks|a|an|their|the|bilateral|one-on-one|summit)|spoke|talked|chatted|sat down|sat for|shook hands|conferred|had (?:talks|a|an|their)|exchanged|took place|was held|were held|visited|hosted");

	static final Pattern HELD = words(
			"met|held|had|spoke|talked|chatted|sat|shook|exchanged|conferred|signed|agreed|affirmed|confirmed|reaffirmed|discussed|shared|told|visited|hosted|welcomed|greeted|took place|came|was|were|adopted|pledged|condemned|marked|made|described|characterized|characterised|lasted|ended|began|started|followed|called|continued|briefed|expressed|joined|attended");

	static final Pattern INFORMAL = words(
			"informal (?:talks|meeting|meetings|summit|sit-down|session|dialogue|chat|conversation|encounter)|as [\"“‘']?informal|not (?:a )?formal|unofficial (?:talks|meeting|summit)");

	static final Pattern FORMAL = Pattern.compile(
			"(?i)\\b(?:formal|official) (?:meeting|talks|summit|bilateral|one-on-one|sit-down|dialogue)|\\bstate visit|\\bofficial visit|\\bformal\\b");

	static final Pattern NO_FORMAL = Pattern.compile("(?i)\\b(?:no|not|never|without)\\s+(?:a\\s+)?formal\\b");

	/** Meetings below minister level: not encounters. */
	static final Pattern BELOW_MINISTER = Pattern.compile(
			"(?i)\\b(?:director[- ]general|working|vice[- ]ministerial|vice[- ]minister|deputy[- ]minister|deputy|senior[- ]official|sherpa|expert|lower|bureau chief|chief negotiator|negotiator|ambassador)s?(?:[- ]level)?\\s+(?:meeting|meetings|talks|consultations|dialogue)\\b");

	/** A bilateral meeting named as such, without people: "the Japan-South Korea summit". */
	static final Pattern SUMMIT_WORD = Pattern.compile("(?i)\\bsummit(?:s|ry)?\\b");

	static final Pattern TALKS_WORD = words("talks|meeting");

	/** A third country taking part: "three-way talks", "the three leaders". */
	static final Pattern TRILATERAL = words(
			"three-way|trilateral|three leaders|the three|three countries|three nations");

	/** A sentence that continues the story of the encounter just told: "The call came a day after ...". */
	static final Pattern ANAPHOR = Pattern.compile(
			"^(?:The|This|That|Their|It|Both)\\s+(?:(?:brief|bilateral|latest|first|second|third|one-on-one|phone|telephone|unplanned|informal|formal|\\d+-minute|[a-z]+-minute)\\s+)*(?:talks|meeting|summit|call|conversation|encounter|exchange|chat|session|discussion|deal|handshake)\\b|^It was (?:the|their)\\b");

	static final Pattern VISIT = words("visit|visited|visits|visiting|trip to|tour of");

	private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty|sixty|seventy|eighty|ninety|an|a|half an)";

	private static final Pattern DURATION = Pattern.compile("(?i)\\b" + NUMBER + "(?:\\s*(?:to|-|or|–)\\s*" + NUMBER
			+ ")?[\\s-]+(minutes?|hours?|mins?|seconds?)\\b");

	private static final Pattern HOUR_LONG = Pattern.compile("(?i)\\b(hour-long|hourlong|half-hour|half an hour)\\b");

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
			Map.entry("twenty-five", 25), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90), Map.entry("an", 1), Map.entry("a", 1));

	static Integer number(String word) {
		if (word == null) {
			return null;
		}
		String w = word.toLowerCase();
		if (w.equals("half an")) {
			return 0;
		}
		if (w.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(w);
		}
		return NUMBERS.get(w);
	}

	/** Length in minutes ("three to four minutes" = 4, "about an hour" = 60), or null. */
	static Integer durationMinutes(String text) {
		Matcher h = HOUR_LONG.matcher(text);
		if (h.find()) {
			return h.group(1).toLowerCase().startsWith("half") ? 30 : 60;
		}
		Matcher m = DURATION.matcher(text);
		while (m.find()) {
			String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase();
			if (before.contains("every") || before.contains("within")) {
				continue;
			}
			if (m.group(1).equalsIgnoreCase("half an")) {
				return 30;
			}
			if (m.group(3).toLowerCase().startsWith("s") && (!m.group(3).toLowerCase().endsWith("s")
					|| m.group(1).equalsIgnoreCase("a") || m.group(1).equalsIgnoreCase("an"))) {
				// "a second meeting" is an ordinal, not a length
				continue;
			}
			Integer n = number(m.group(2) != null ? m.group(2) : m.group(1));
			if (n == null || n == 0) {
				continue;
			}
			String unit = m.group(3).toLowerCase();
			return unit.startsWith("h") ? n * 60 : unit.startsWith("s") ? 1 : n;
		}
		return null;
	}

	static boolean find(Pattern p, String text) {
		return p.matcher(text).find();
	}
}
