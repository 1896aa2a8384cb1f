import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A realistic archive of generated articles for benchmarks: N articles about encounters between
 * Japanese and South Korean leaders and foreign ministers, written from the reference data (officials
 * and their terms of office, offices, gatherings, places, dispute topics) in four press styles: wire
 * story with a dateline, newspaper feature, ministry readout and news brief.
 *
 * <pre>
 * java bench/ArchiveGenerator.java 10000 target/archive-10k [seed]
 * </pre>
 *
 * Runs with the JDK alone (single-file source launch, Java 17). Deterministic: the same count, seed
 * and reference data give byte-identical files, so figures measured on them can be compared. The plan
 * is about one encounter per six articles: every multilateral gathering at which both countries had
 * an official of the same level in office (many sources each, as a big summit has), plus bilateral
 * talks, visits and telephone calls on dates when both officials held office (one to a few sources
 * each). Articles are 3–5 KB except the briefs. The text is our own, generated; it is written to the
 * given folder (keep it under {@code target/}) and never committed.
 */
public final class ArchiveGenerator {

	private static final LocalDate FIRST = LocalDate.of(1998, 3, 1);

	private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

	private static final String[] OUTLETS = { "Example Wire", "Example Daily", "Example Times", "Example Herald",
			"Example Press Agency", "Example Observer", "Example Ledger", "Example Post" };

	private static final String[] READOUT_SOURCES = { "Example Ministry Readouts", "Example Government Bulletin" };

	record Official(String id, String name, String country, String office, LocalDate from, LocalDate to) {

		boolean servesOn(LocalDate day) {
			return !day.isBefore(from) && (to == null || day.isBefore(to));
		}

		/** The family name as the press repeats it: last word for Japanese and Western names, first for Korean and Chinese. */
		String surname() {
			String[] words = name.split(" ");
			return country.equals("KR") || country.equals("CN") ? words[0] : words[words.length - 1];
		}
	}

	record Gathering(String series, String name, String level, String keyword, String city, String country,
			LocalDate start, LocalDate end) {
	}

	record Place(String city, String country) {
	}

	record Dispute(String slug, String label, List<String> keywords) {
	}

	/** One encounter the archive tells: who, when, where, on what occasion, and how many articles tell it. */
	record Event(String kind, LocalDate date, Official jp, Official kr, String city, String country,
			Gathering gathering, List<Dispute> disputes, int weight) {
	}

	private final List<Official> officials = new ArrayList<>();

	private final List<Gathering> gatherings = new ArrayList<>();

	private final List<Place> places = new ArrayList<>();

	private final List<Dispute> disputes = new ArrayList<>();

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java bench/ArchiveGenerator.java <count> <out-folder> [seed] [reference-folder]");
			System.exit(2);
		}
		int count = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
		Path out = Path.of(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261205L;
		Path reference = Path.of(args.length > 3 ? args[3] : "data/reference");
		ArchiveGenerator generator = new ArchiveGenerator();
		generator.load(reference);
		generator.write(count, seed, out);
	}

	// ---------------------------------------------------------------- reference data

	void load(Path folder) throws IOException {
		for (Map<String, String> row : csv(folder.resolve("officials.csv"))) {
			officials.add(new Official(row.get("person_id"), row.get("name"), row.get("country"), row.get("office"),
					LocalDate.parse(row.get("term_start")), date(row.get("term_end"))));
		}
		Map<String, Map<String, String>> series = new LinkedHashMap<>();
		for (Map<String, String> row : csv(folder.resolve("gathering-series.csv"))) {
			series.put(row.get("series"), row);
		}
		for (Map<String, String> row : csv(folder.resolve("gatherings.csv"))) {
			Map<String, String> s = series.get(row.get("series"));
			if (s == null) {
				continue;
			}
			gatherings.add(new Gathering(row.get("series"), s.get("name"), s.get("level"),
					s.get("keywords").split("\\|")[0], row.get("city"), row.get("country"),
					LocalDate.parse(row.get("start")), LocalDate.parse(row.get("end"))));
		}
		for (Map<String, String> row : csv(folder.resolve("places.csv"))) {
			places.add(new Place(row.get("city"), row.get("country")));
		}
		for (Map<String, String> row : csv(folder.resolve("disputes.csv"))) {
			disputes.add(new Dispute(row.get("slug"), row.get("label"), List.of(row.get("keywords").split("\\|"))));
		}
	}

	private static LocalDate date(String value) {
		return value == null || value.isBlank() ? null : LocalDate.parse(value);
	}

	/** The rows of a reference CSV (comment lines start with #; fields may be quoted). */
	static List<Map<String, String>> csv(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.filter(l -> !l.startsWith("#") && !l.isBlank())
			.toList();
		List<String> header = fields(lines.get(0));
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> values = fields(line);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), i < values.size() ? values.get(i) : "");
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<String> fields(String line) {
		List<String> out = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				out.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		out.add(field.toString());
		return out;
	}

	// ---------------------------------------------------------------- the plan: which encounters, how many sources

	private Official holder(String country, String office, LocalDate day) {
		for (Official o : officials) {
			if (o.country.equals(country) && o.office.equals(office) && o.servesOn(day)) {
				return o;
			}
		}
		return null;
	}

	private List<Event> plan(int count, Random random) {
		List<Event> events = new ArrayList<>();
		for (Gathering g : gatherings) {
			boolean leaders = g.level.equals("leaders");
			LocalDate day = g.start.plusDays(random.nextInt((int) (g.end.toEpochDay() - g.start.toEpochDay()) + 1));
			Official jp = holder("JP", leaders ? "prime-minister" : "foreign-minister", day);
			Official kr = holder("KR", leaders ? "president" : "foreign-minister", day);
			if (jp == null || kr == null) {
				continue;
			}
			// big summits are told by dozens of articles, ministerial meetings by fewer
			int weight = leaders ? 12 + random.nextInt(36) : 4 + random.nextInt(12);
			events.add(new Event("sideline", day, jp, kr, g.city, g.country, g, pickDisputes(random, 3), weight));
		}
		int gatheringWeight = events.stream().mapToInt(Event::weight).sum();
		// bilateral talks, visits and calls: roughly one encounter per six articles overall
		int bilateral = Math.max(10, count / 6 - events.size());
		List<Place> japan = places.stream().filter(p -> p.country.equals("Japan")).toList();
		List<Place> korea = places.stream().filter(p -> p.country.equals("South Korea")).toList();
		long span = LAST.toEpochDay() - FIRST.toEpochDay();
		while (bilateral > 0) {
			LocalDate day = FIRST.plusDays((long) (random.nextDouble() * span));
			boolean leaders = random.nextInt(5) < 3;
			Official jp = holder("JP", leaders ? "prime-minister" : "foreign-minister", day);
			Official kr = holder("KR", leaders ? "president" : "foreign-minister", day);
			if (jp == null || kr == null) {
				continue;
			}
			int roll = random.nextInt(10);
			String kind = roll < 3 ? "phone" : "talks";
			Place place = null;
			if (!kind.equals("phone")) {
				List<Place> side = random.nextBoolean() ? japan : korea;
				// the capitals host most visits
				place = random.nextInt(3) > 0 ? side.get(0) : side.get(random.nextInt(side.size()));
			}
			// a few bilateral summits draw many reporters; most encounters have one to four accounts
			int weight = random.nextInt(20) == 0 ? 8 + random.nextInt(12) : 1 + random.nextInt(4);
			events.add(new Event(kind, day, jp, kr, place == null ? null : place.city,
					place == null ? null : place.country, null, pickDisputes(random, 2), weight));
			bilateral--;
		}
		System.err.printf("plan: %d encounters (%d at gatherings, weight %d of %d)%n", events.size(),
				events.stream().filter(e -> e.gathering != null).count(), gatheringWeight,
				events.stream().mapToInt(Event::weight).sum());
		return events;
	}

	private List<Dispute> pickDisputes(Random random, int max) {
		List<Dispute> chosen = new ArrayList<>();
		int n = random.nextInt(max + 1);
		for (int i = 0; i < n; i++) {
			Dispute d = disputes.get(random.nextInt(disputes.size()));
			if (!chosen.contains(d)) {
				chosen.add(d);
			}
		}
		return chosen;
	}

	// ---------------------------------------------------------------- writing

	void write(int count, long seed, Path out) throws IOException {
		Random planRandom = new Random(seed);
		List<Event> events = plan(count, planRandom);
		int[] cumulative = new int[events.size()];
		int total = 0;
		for (int i = 0; i < events.size(); i++) {
			total += events.get(i).weight;
			cumulative[i] = total;
		}
		Files.createDirectories(out);
		try (Stream<Path> old = Files.list(out)) {
			for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".txt")).toList()) {
				Files.delete(p);
			}
		}
		long bytes = 0;
		int[] styles = new int[4];
		for (int i = 0; i < count; i++) {
			Random random = new Random(seed * 1_000_003L + i);
			// every encounter gets at least one article before weights decide the rest
			Event event = i < events.size() ? events.get(i)
					: events.get(index(cumulative, random.nextInt(total)));
			int roll = random.nextInt(100);
			int style = roll < 40 ? 0 : roll < 65 ? 1 : roll < 85 ? 2 : 3;
			styles[style]++;
			String text = new Article(event, random, i).render(style);
			String name = String.format(Locale.ROOT, "%06d_%s_%s.txt", i, new String[] { "wire", "feature", "readout", "brief" }[style],
					event.date);
			Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
			bytes += text.getBytes(StandardCharsets.UTF_8).length;
		}
		System.err.printf("wrote %d articles (%d wire, %d feature, %d readout, %d brief), %d KiB, %.1f KiB each, to %s%n",
				count, styles[0], styles[1], styles[2], styles[3], bytes / 1024, bytes / 1024.0 / Math.max(1, count), out);
	}

	private static int index(int[] cumulative, int pick) {
		int lo = 0;
		int hi = cumulative.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative[mid] > pick) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		return lo;
	}

	/** One article about one event. */
	private final class Article {

		private final Event e;

		private final Random r;

		private final int number;

		private final LocalDate published;

		private final boolean leaders;

		private final Official jp;

		private final Official kr;

		Article(Event e, Random r, int number) {
			this.e = e;
			this.r = r;
			this.number = number;
			this.published = e.date.plusDays(r.nextInt(4) == 0 ? 1 : 0);
			this.leaders = e.jp.office.equals("prime-minister");
			this.jp = e.jp;
			this.kr = e.kr;
		}

		String render(int style) {
			String outlet = style == 2 ? pick(READOUT_SOURCES) : pick(OUTLETS);
			StringBuilder text = new StringBuilder();
			text.append("---\n");
			text.append("title: ").append(title()).append('\n');
			text.append("source: ").append(outlet).append('\n');
			text.append("url: https://example.org/").append(outlet.toLowerCase(Locale.ROOT).replace(' ', '-'))
				.append('/').append(published).append('/').append(number).append('\n');
			text.append("published: ").append(published).append('\n');
			text.append("---\n");
			List<String> paragraphs = switch (style) {
				case 0 -> wire(outlet);
				case 1 -> feature();
				case 2 -> readout();
				default -> brief();
			};
			int target = style == 3 ? 1200 + r.nextInt(900) : 3000 + r.nextInt(2000);
			List<String> background = background();
			int used = paragraphs.stream().mapToInt(String::length).sum();
			int insertAt = Math.min(paragraphs.size(), style == 2 ? paragraphs.size() : 3);
			while (used < target && !background.isEmpty()) {
				String p = background.remove(r.nextInt(background.size()));
				paragraphs.add(Math.min(insertAt++, paragraphs.size()), p);
				used += p.length();
			}
			text.append(String.join("\n\n", paragraphs)).append('\n');
			return text.toString();
		}

		// ------------------------------------------------------------ pieces

		private String pick(String... options) {
			return options[r.nextInt(options.length)];
		}

		private <T> T pick(List<T> options) {
			return options.get(r.nextInt(options.size()));
		}

		private String weekday() {
			return e.date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		}

		private String monthDay() {
			return e.date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + e.date.getDayOfMonth();
		}

		private String fullDate() {
			return monthDay() + ", " + e.date.getYear();
		}

		/** "on Thursday" when published within the week, otherwise the date. */
		private String when() {
			return published.equals(e.date) || r.nextBoolean() ? weekday() : "on " + monthDay();
		}

		private String jpTitle() {
			return leaders ? "Japanese Prime Minister " + jp.name : "Japanese Foreign Minister " + jp.name;
		}

		private String krTitle() {
			return leaders ? "South Korean President " + kr.name : "South Korean Foreign Minister " + kr.name;
		}

		private String krCounterpart() {
			return pick(krTitle(), "South Korean counterpart " + kr.name, (leaders ? "President " : "Foreign Minister ") + kr.name);
		}

		private String talks() {
			if (e.kind.equals("phone")) {
				return pick("held telephone talks", "spoke by phone", "held phone talks");
			}
			return leaders ? pick("held talks", "held a summit", "met", "held a meeting")
					: pick("held talks", "met", "held a meeting", "held their first talks in months");
		}

		private String where() {
			if (e.kind.equals("phone")) {
				return "";
			}
			if (e.gathering != null) {
				String occasion = r.nextBoolean() ? e.gathering.name : e.gathering.keyword;
				return " in " + e.city + " on the sidelines of the " + occasion;
			}
			return " in " + e.city;
		}

		private String title() {
			String verb = e.kind.equals("phone") ? pick("talk by phone", "hold phone talks") : pick("meet", "hold talks", "agree to keep talking");
			String place = e.kind.equals("phone") ? "" : " in " + e.city;
			return (r.nextBoolean() ? jp.surname() + ", " + kr.surname() : kr.surname() + " and " + jp.surname()) + " " + verb
					+ place;
		}

		private String quote(Official who) {
			String said = pick("We agreed to communicate closely so that relations move forward in a future-oriented manner",
					"Both countries share the view that cooperation is indispensable for regional stability",
					"I hope we can resolve the pending issues through dialogue and diplomacy",
					"We will continue to ask the other side to deal with the issue in a sensible manner",
					"Relations between our two countries are at an important juncture",
					"I conveyed our position clearly and we agreed to keep talking",
					"We confirmed that close coordination on North Korea is essential");
			String how = pick("told reporters after the talks", "said after the meeting", "told a news conference",
					"said at the start of the meeting");
			return "\"" + said + ",\" " + who.surname() + " " + how + ".";
		}

		private String disputeParagraph(Dispute d) {
			String k = pick(d.keywords.subList(0, Math.min(3, d.keywords.size())));
			return pick(
					"The two sides also discussed the issue of " + k + ", which has long weighed on relations between Tokyo and Seoul.",
					jp.surname() + " raised the matter of " + k + " and asked Seoul to respond appropriately, a Japanese official said.",
					"Differences over " + k + " remained, although both sides agreed to keep the matter from derailing broader cooperation.",
					"According to " + pick("a South Korean official", "the South Korean side", "officials in Seoul") + ", " + kr.surname()
							+ " brought up " + k + " during the " + (e.kind.equals("phone") ? "call" : "meeting") + ".");
		}

		// ------------------------------------------------------------ styles

		private List<String> wire(String outlet) {
			List<String> p = new ArrayList<>();
			String dateline = e.city == null || e.kind.equals("phone") ? pick("TOKYO", "SEOUL") : e.city.toUpperCase(Locale.ROOT);
			p.add(dateline + ", " + monthDay() + " (" + outlet + ") -- " + jpTitle() + " and " + krCounterpart() + " " + talks()
					+ where() + " " + when() + ", " + pick("agreeing to ", "pledging to ", "vowing to ")
					+ pick("strengthen cooperation on North Korea", "keep up dialogue between their governments",
							"work toward a resolution of long-running disputes", "expand exchanges between their peoples")
					+ ".");
			p.add("It was the " + pick("first", "second", "latest") + " " + (e.kind.equals("phone") ? "call" : "meeting")
					+ " between the two " + (leaders ? "leaders" : "foreign ministers") + " " + pick("this year", "in months", "since "
							+ kr.surname() + " took office") + ", " + pick("the Japanese Foreign Ministry said", "Seoul's presidential office said",
									"officials said") + ".");
			p.add(quote(r.nextBoolean() ? jp : kr));
			e.disputes.forEach(d -> p.add(disputeParagraph(d)));
			if (r.nextBoolean()) {
				p.add(quote(r.nextBoolean() ? kr : jp));
			}
			return p;
		}

		private List<String> feature() {
			List<String> p = new ArrayList<>();
			p.add(pick("When ", "As ") + jp.name + " and " + kr.name + " sat down" + where() + " on " + fullDate() + ", "
					+ pick("expectations were modest", "both sides had reasons to keep the meeting low-key",
							"few observers expected a breakthrough")
					+ ". Yet the " + (leaders ? "leaders" : "foreign ministers") + " of Japan and South Korea "
					+ pick("left with a list of agreements", "managed to agree on next steps", "emerged with a cautious plan") + ".");
			if (e.kind.equals("phone")) {
				p.set(0, "The call came on " + fullDate() + ". " + jpTitle() + " and " + krTitle() + " " + talks() + " for about "
						+ (15 + r.nextInt(30)) + " minutes, officials said, in what both governments described as a frank exchange.");
			}
			p.add(kr.surname() + ", who " + pick("had pushed for the talks", "arrived with a long agenda", "faced pressure at home")
					+ ", " + pick("stressed", "underlined", "repeated") + " that the two neighbors share values and security interests.");
			p.add(quote(kr));
			e.disputes.forEach(d -> p.add(disputeParagraph(d)));
			p.add(quote(jp));
			p.add(pick("Analysts said", "Diplomats in both capitals said", "Observers noted") + " that the "
					+ (e.kind.equals("phone") ? "call" : "meeting") + " between " + jp.surname() + " and " + kr.surname() + " "
					+ pick("would be judged by what follows", "set the tone for the coming months", "was a test of political will")
					+ ".");
			return p;
		}

		private List<String> readout() {
			List<String> p = new ArrayList<>();
			String office = leaders ? "Prime Minister " + jp.name : "Foreign Minister " + jp.name;
			p.add("On " + fullDate() + ", " + office + " " + talks() + " with " + (leaders ? "President " : "Foreign Minister ")
					+ kr.name + " of the Republic of Korea" + where() + ". The overview is as follows.");
			p.add("1. At the outset, " + jp.surname() + " " + pick("expressed appreciation for the meeting",
					"noted that Japan and the Republic of Korea are important neighbors",
					"stated that the two countries should cooperate on the challenges facing the international community")
					+ ". In response, " + kr.surname() + " " + pick("concurred", "expressed the same view", "agreed") + ".");
			p.add("2. The two " + (leaders ? "leaders" : "ministers") + " exchanged views on the situation in North Korea and confirmed "
					+ pick("close coordination between Japan and the Republic of Korea", "cooperation among Japan, the Republic of Korea and the United States",
							"that they would continue to communicate closely") + ".");
			int n = 3;
			for (Dispute d : e.disputes) {
				p.add(n++ + ". " + disputeParagraph(d));
			}
			p.add(n + ". " + quote(jp));
			return p;
		}

		private List<String> brief() {
			List<String> p = new ArrayList<>();
			p.add(jpTitle() + " and " + krTitle() + " " + talks() + where() + " on " + fullDate() + ", "
					+ pick("officials said", "the two governments said", "according to a government source") + ".");
			p.add(quote(r.nextBoolean() ? jp : kr));
			if (!e.disputes.isEmpty()) {
				p.add(disputeParagraph(e.disputes.get(0)));
			}
			return p;
		}

		/** Paragraphs of context, to be drawn without repetition until the article has its length. */
		private List<String> background() {
			List<String> b = new ArrayList<>();
			b.add("Relations between the two neighbors have swung between cooperation and friction over issues stemming from Japan's 1910-1945 colonial rule of the Korean Peninsula, and both governments have said they want to put ties on a more stable footing.");
			b.add("Japan and South Korea are both allies of the United States, which has urged them to improve relations as North Korea continues to develop nuclear weapons and ballistic missiles.");
			b.add("Trade between the two countries is substantial, and business groups on both sides have long called for predictable ties so that supply chains for semiconductors, batteries and other goods are not disrupted by political disputes.");
			b.add("Exchanges between ordinary citizens have grown over the years, with millions of tourists travelling between the two countries annually and popular culture crossing the strait in both directions.");
			b.add("Officials in both capitals said working-level consultations would continue, with director general-level talks expected in the coming weeks to follow up on what the " + (leaders ? "leaders" : "ministers") + " discussed.");
			b.add("The two governments have said they intend to revive regular exchanges at several levels, including talks between vice ministers and consultations between defense and economic officials.");
			b.add("Public opinion in both countries remains divided. Surveys have shown that many people in each country want better relations, while sizable groups remain skeptical of the other side's intentions.");
			b.add("Security cooperation has taken on new urgency as both governments watch regional tensions, and officials have discussed sharing information on missile launches in real time.");
			b.add(jp.name + " has said Japan values its relationship with South Korea, while stressing that Tokyo's positions on historical issues remain unchanged.");
			b.add(kr.name + " has described Japan as a partner with which South Korea shares basic values, and has said the two countries should look to the future while facing history squarely.");
			b.add("Opposition lawmakers in " + pick("Seoul", "Tokyo") + " criticized the government's approach, saying it had conceded too much without securing clear commitments from the other side.");
			b.add("Economic officials said they would look into expanding cooperation in energy, supply chains and advanced technology, areas in which the two economies complement each other.");
			b.add("The " + (e.kind.equals("phone") ? "call" : "meeting") + " lasted about " + (20 + r.nextInt(70)) + " minutes, longer than initially scheduled, according to officials who briefed reporters afterward.");
			b.add("Both sides agreed to keep their discussions confidential on some points, and neither government released a joint document after the " + (e.kind.equals("phone") ? "call" : "talks") + ".");
			if (e.gathering != null) {
				b.add("Leaders and ministers from many countries gathered in " + e.city + " for the " + e.gathering.name + ", where discussions covered the global economy, security and climate change.");
				b.add("On the margins of the " + e.gathering.keyword + ", delegations held a series of bilateral meetings, with schedules often changed at short notice.");
			}
			else if (!e.kind.equals("phone")) {
				b.add("The visit to " + e.city + " included a welcome ceremony, a working lunch and a joint appearance before reporters, according to the schedule released in advance.");
			}
			for (Dispute d : disputes) {
				if (!e.disputes.contains(d) && r.nextInt(6) == 0) {
					b.add("Separately, the issue of " + d.keywords.get(0) + " was not on the formal agenda, officials said, though it was expected to come up in future talks.");
				}
			}
			return b;
		}
	}
}
