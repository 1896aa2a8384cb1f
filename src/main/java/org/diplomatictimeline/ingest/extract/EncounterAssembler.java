package org.diplomatictimeline.ingest.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.diplomatictimeline.domain.DatePrecision;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.Formality;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.ingest.reference.GatheringRef;
import org.diplomatictimeline.ingest.reference.GatheringSeriesRef;
import org.diplomatictimeline.ingest.reference.OfficialRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Groups an article's meeting frames into encounters: frames with a Japanese and a South Korean
 * participant in common and overlapping dates are one encounter; an undated frame joins the nearest
 * earlier encounter of the same people; the pair named by office is resolved to the office holders
 * at the frame's date. Picks the main encounter (the first held one near the reference date) and
 * fills place, occasion, kind, level, formality and duration.
 */
final class EncounterAssembler {

	/** An encounter being built. */
	static final class Draft {

		final List<Frame> frames = new ArrayList<>();

		final List<Frame> attached = new ArrayList<>();

		final Map<String, Person> people = new LinkedHashMap<>();

		FuzzyDate date;

		EncounterStatus status;

		boolean main;

		boolean trilateral;

		int first() {
			return frames.stream().mapToInt(Frame::index).min().orElse(Integer.MAX_VALUE);
		}

		int last() {
			int a = frames.stream().mapToInt(Frame::index).max().orElse(-1);
			int b = attached.stream().mapToInt(Frame::index).max().orElse(-1);
			return Math.max(a, b);
		}

		boolean captionOnly() {
			return frames.stream().allMatch(Frame::caption);
		}

		List<Frame> allFrames() {
			List<Frame> all = new ArrayList<>(frames);
			all.addAll(attached);
			all.sort(Comparator.comparingInt(Frame::index));
			return all;
		}
	}

	/** A participant: person id, name, country, the office stated in the text, whether in the reference data. */
	record Person(String personId, String name, String country, String statedOffice, boolean inReference) {
	}

	private static final int MAIN_WINDOW_DAYS = 14;

	private final ReferenceData reference;

	private final DateResolver resolver = new DateResolver();

	private final GatheringFinder gatherings;

	EncounterAssembler(ReferenceData reference, GatheringFinder gatherings) {
		this.reference = reference;
		this.gatherings = gatherings;
	}

	List<Draft> assemble(ArticleContext ctx, List<Frame> frames) {
		LocalDate ref = ctx.referenceDate;
		List<Draft> drafts = new ArrayList<>();
		List<Frame> relative = new ArrayList<>();
		List<Frame> undatedGeneric = new ArrayList<>();
		List<Frame> anaphors = new ArrayList<>();
		List<Frame> weak = new ArrayList<>();
		for (Frame frame : frames) {
			Frame f = frame;
			if (f.anaphor()) {
				anaphors.add(f);
				continue;
			}
			if (f.daysFromMain() != null && f.date() == null) {
				relative.add(f);
				continue;
			}
			FuzzyDate date = date(f, ref);
			if (date != null && ref != null && f.status() == EncounterStatus.HELD && date.start().isAfter(ref)
					&& f.date().kind() != DateExpression.Kind.FULL) {
				date = resolver.resolve(f.date(), ref, false);
			}
			if (date != null && ref != null && f.status() == EncounterStatus.HELD && date.start().isAfter(ref)) {
				// a meeting on a day after the article was written is still to come
				f = withStatus(f, EncounterStatus.PLANNED);
			}
			if (f.status() == EncounterStatus.PLANNED && f.date() != null && ref != null
					&& Cues.find(Cues.JOINT, spanText(f))) {
				FuzzyDate past = resolver.resolve(f.date(), ref, false);
				if (past != null && !past.start().isAfter(ref) && !f.date().future()) {
					f = withStatus(f, EncounterStatus.HELD);
					date = past;
				}
			}
			if (!f.strong() && date != null && ref != null
					&& (date.end().isBefore(ref.minusDays(MAIN_WINDOW_DAYS)) || date.start().isAfter(ref))) {
				date = null;
			}
			if (!f.strong() && date == null && !ctx.lead(f.index())) {
				weak.add(f);
				continue;
			}
			boolean threeWayGathering = f.generic() != null && f.gathering() != null && f.gathering().series().threeWay();
			if (threeWayGathering && date != null
					&& gatherings.at(f.gathering().series().series(), date, null) == null) {
				// no meeting of the gathering then: the date is another event's in the same sentence
				date = null;
			}
			if (threeWayGathering && date == null && ref != null) {
				// the gathering's own dates, when one of its meetings is near the article's date
				GatheringRef g = gatherings.around(f.gathering().series().series(), ref);
				if (g != null) {
					date = FuzzyDate.day(ref.isBefore(g.start()) ? g.start() : ref.isAfter(g.end()) ? g.end() : ref);
					if (date.start().isAfter(ref) && f.status() == EncounterStatus.HELD) {
						f = withStatus(f, EncounterStatus.PLANNED);
					}
				}
			}
			if (f.generic() != null || f.visitBy() != null) {
				if (date == null && f.trilateral() && !f.named().isEmpty() && ref != null && !threeWayGathering) {
					Map<String, Person> people = resolvePair(drafts, f, FuzzyDate.day(ref));
					if (people != null) {
						place(drafts, ref, f, null, people);
					}
					continue;
				}
				if (date == null) {
					undatedGeneric.add(f);
					continue;
				}
				if (f.generic() != null && f.generic().three() && f.named().isEmpty() && !threeWayGathering
						&& f.status() != EncounterStatus.HELD) {
					undatedGeneric.add(f);
					continue;
				}
				Map<String, Person> people = resolvePair(drafts, f, date);
				if (people == null) {
					continue;
				}
				place(drafts, ref, f, date, people);
			}
			else {
				if (date == null && !ctx.lead(f.index()) && !attachable(drafts, f)) {
					// an undated meeting of other people, outside the lead, is too vague to be an encounter
					continue;
				}
				Map<String, Person> people = inOffice(people(f), date != null ? date : ref != null ? FuzzyDate.day(ref) : null);
				if (FrameFinder.hasPair(f.named().stream().filter(m -> people.containsKey(m.personId())).toList(), 0,
						Integer.MAX_VALUE)) {
					place(drafts, ref, f, date, people);
				}
			}
		}
		mergeCancelledPlans(drafts);
		Draft main = chooseMain(drafts, ref, ctx);
		if (main != null) {
			main.main = true;
			if (main.date == null && ref != null && main.status == EncounterStatus.HELD) {
				// what an article reports without a date happened on the day it was written
				main.date = FuzzyDate.day(ref);
			}
			for (Frame f : relative) {
				if (f.daysFromMain() == 0 && main.date == null) {
					Map<String, Person> people = f.generic() != null ? null : people(f);
					if (people != null && !sharesPair(people, main.people)) {
						place(drafts, ref, f, null, people);
					}
					continue;
				}
				if (main.date == null || main.date.precision() != DatePrecision.DAY) {
					continue;
				}
				int offset = f.daysFromMain();
				FuzzyDate date = Math.abs(offset) >= FrameFinder.MONTH_OFFSET
						? FuzzyDate.month(YearMonth.from(main.date.start()).plusMonths(offset / FrameFinder.MONTH_OFFSET))
						: FuzzyDate.day(main.date.start().plusDays(offset));
				Map<String, Person> people = f.generic() != null ? resolvePair(drafts, f, date) : people(f);
				if (people != null) {
					place(drafts, ref, f, date, people);
				}
			}
			markCoMains(drafts, main);
			foldIntoMain(drafts, main);
		}
		for (Frame f : undatedGeneric) {
			EncounterLevel level = f.visitBy() != null ? f.visitBy() : f.generic().level();
			Draft target = drafts.stream()
				.filter(d -> d.last() <= f.index() && !d.captionOnly() && level(d) == level)
				.max(Comparator.comparingInt(Draft::last))
				.orElse(main != null && level(main) == level ? main : null);
			if (target != null) {
				target.attached.add(f);
			}
		}
		for (Frame f : weak) {
			Map<String, Person> people = people(f);
			drafts.stream()
				.filter(d -> sharesPair(d.people, people) && d.last() <= f.index() && !d.captionOnly())
				.max(Comparator.comparingInt(Draft::last))
				.ifPresent(d -> d.attached.add(f));
		}
		for (Frame f : anaphors) {
			drafts.stream()
				.filter(d -> d.last() <= f.index() && d.last() >= f.index() - 2 && !d.captionOnly())
				.max(Comparator.comparingInt(Draft::last))
				.ifPresent(d -> d.attached.add(f));
		}
		drafts.sort(Comparator.comparingInt(Draft::first));
		return drafts;
	}

	private static boolean attachable(List<Draft> drafts, Frame f) {
		Map<String, Person> people = people(f);
		return drafts.stream().anyMatch(d -> sharesPair(d.people, people));
	}

	private static String spanText(Frame f) {
		Sentence s = f.sentence();
		return s.text().substring(f.start() - s.start(), f.end() - s.start());
	}

	private static Frame withStatus(Frame f, EncounterStatus status) {
		return new Frame(f.sentence(), f.start(), f.end(), f.named(), f.generic(), f.visitBy(), f.visitCountry(), f.date(),
				f.daysFromMain(), status, f.place(), f.gathering(), f.phone(), f.brief(), f.formality(), f.duration(),
				f.strong(), f.planningWords(), f.trilateral(), f.anaphor());
	}

	/** Reference-data officials who held some office around the date: "former Prime Minister Abe" in 2022 is no participant. */
	private Map<String, Person> inOffice(Map<String, Person> people, FuzzyDate date) {
		if (date == null) {
			return people;
		}
		LocalDate from = date.start().minusDays(60);
		LocalDate to = date.end().plusDays(60);
		Map<String, Person> out = new LinkedHashMap<>();
		for (Person p : people.values()) {
			if (!p.inReference() || reference.terms(p.personId()).stream().anyMatch(t -> t.overlaps(from, to))) {
				out.put(p.personId(), p);
			}
		}
		return out;
	}

	/** "The summit planned for Friday" and "the summit was called off" are one cancelled encounter. */
	private static void mergeCancelledPlans(List<Draft> drafts) {
		List<Draft> merged = new ArrayList<>();
		for (Draft c : drafts) {
			if (c.status != EncounterStatus.CANCELLED) {
				continue;
			}
			for (Draft p : drafts) {
				if (p.status == EncounterStatus.PLANNED && !merged.contains(p) && sharesPair(c.people, p.people)
						&& (c.date == null || p.date == null || c.date.overlaps(p.date))) {
					c.frames.addAll(p.frames);
					c.attached.addAll(p.attached);
					if (c.date == null) {
						c.date = p.date;
					}
					merged.add(p);
				}
			}
		}
		drafts.removeAll(merged);
	}

	private FuzzyDate date(Frame f, LocalDate ref) {
		if (f.date() == null) {
			return null;
		}
		// a plan called off is still ahead when the article tells its plan ("was to travel on Friday")
		boolean ahead = f.status() == EncounterStatus.PLANNED || f.status() == EncounterStatus.CANCELLED && f.planningWords();
		return resolver.resolve(f.date(), ref, ahead);
	}

	private static Map<String, Person> people(Frame f) {
		Map<String, Person> people = new LinkedHashMap<>();
		for (OfficialMention m : f.named()) {
			people.putIfAbsent(m.personId(),
					new Person(m.personId(), m.name(), m.country(), m.statedOffice(), m.inReference()));
		}
		return people;
	}

	/** The two sides' holders of the offices of a level at a date, plus anyone the frame names. */
	private Map<String, Person> resolvePair(List<Draft> drafts, Frame f, FuzzyDate date) {
		LocalDate day = representative(date, null);
		EncounterLevel level = f.visitBy() != null ? f.visitBy() : f.generic().level();
		if (level == null) {
			// "their talks last December": the people of the encounter told just before, if in office then
			Map<String, Person> people = drafts.stream()
				.filter(d -> d.last() <= f.index() && !d.captionOnly() && !d.trilateral)
				.max(Comparator.comparingInt(Draft::last))
				.map(d -> (Map<String, Person>) new LinkedHashMap<>(d.people))
				.orElse(null);
			if (people == null) {
				return null;
			}
			boolean inOffice = people.values().stream().allMatch(p -> !p.inReference() || reference.terms(p.personId())
				.stream()
				.anyMatch(t -> t.overlaps(date.start(), date.end())));
			return inOffice ? people : null;
		}
		Map<String, Person> people = people(f);
		boolean hasJp = people.values().stream().anyMatch(p -> p.country().equals("JP"));
		boolean hasKr = people.values().stream().anyMatch(p -> p.country().equals("KR"));
		if (!hasJp) {
			Optional<OfficialRef> jp = holder("JP", level, day);
			if (jp.isEmpty()) {
				return null;
			}
			people.put(jp.get().personId(), person(jp.get()));
		}
		if (!hasKr) {
			Optional<OfficialRef> kr = holder("KR", level, day);
			if (kr.isEmpty()) {
				return null;
			}
			people.put(kr.get().personId(), person(kr.get()));
		}
		GatheringSeriesRef series = f.gathering() != null ? f.gathering().series() : null;
		if (series != null && series.threeWay()
				&& people.values().stream().noneMatch(p -> p.country().equals(series.thirdCountry()))) {
			reference.holder(series.thirdCountry(), series.thirdOffice(), day)
				.ifPresent(third -> people.put(third.personId(), person(third)));
		}
		return people;
	}

	private static Person person(OfficialRef r) {
		return new Person(r.personId(), r.name(), r.country(), r.office(), true);
	}

	private Optional<OfficialRef> holder(String country, EncounterLevel level, LocalDate day) {
		List<String> offices = level == EncounterLevel.LEADERS
				? (country.equals("JP") ? List.of("prime-minister") : List.of("president", "acting-president", "president-elect"))
				: List.of("foreign-minister");
		for (String office : offices) {
			Optional<OfficialRef> h = reference.holder(country, office, day);
			if (h.isPresent()) {
				return h;
			}
		}
		return Optional.empty();
	}

	static LocalDate representative(FuzzyDate date, LocalDate ref) {
		if (date == null) {
			return ref;
		}
		LocalDate d = switch (date.precision()) {
			case DAY -> date.start();
			case MONTH -> date.start().withDayOfMonth(15);
			case YEAR -> date.start().withDayOfYear(182);
		};
		if (ref != null && date.precision() != DatePrecision.DAY && d.isAfter(ref) && !date.start().isAfter(ref)) {
			d = ref;
		}
		return d;
	}

	private static boolean sharesPair(Map<String, Person> a, Map<String, Person> b) {
		boolean jp = false;
		boolean kr = false;
		for (Person p : a.values()) {
			if (b.containsKey(p.personId())) {
				jp |= p.country().equals("JP");
				kr |= p.country().equals("KR");
			}
		}
		return jp && kr;
	}

	private void place(List<Draft> drafts, LocalDate ref, Frame f, FuzzyDate date, Map<String, Person> people) {
		Draft found = null;
		if (date != null) {
			found = drafts.stream()
				.filter(d -> sharesPair(d.people, people) && d.status == f.status() && d.date != null
						&& d.trilateral == f.trilateral() && d.date.overlaps(date) && !placeConflict(d, f))
				.findFirst()
				.orElse(null);
			boolean recent = ref == null || !date.end().isBefore(ref.minusDays(MAIN_WINDOW_DAYS));
			if (found == null && !f.caption() && recent) {
				found = drafts.stream()
					.filter(d -> sharesPair(d.people, people) && d.date == null && d.status == f.status()
							&& d.trilateral == f.trilateral())
					.findFirst()
					.orElse(null);
			}
			if (found == null && f.caption()) {
				found = drafts.stream()
					.filter(d -> sharesPair(d.people, people) && d.date == null && d.status == f.status()
							&& d.trilateral == f.trilateral() && d.first() <= f.index() + 3)
					.findFirst()
					.orElse(null);
			}
		}
		else {
			found = drafts.stream()
				.filter(d -> sharesPair(d.people, people) && d.last() <= f.index() && !d.captionOnly()
						&& (d.trilateral || !f.trilateral()))
				.max(Comparator.comparingInt(Draft::last))
				.orElse(null);
			if (found == null) {
				found = drafts.stream()
					.filter(d -> sharesPair(d.people, people) && (d.trilateral || !f.trilateral()))
					.findFirst()
					.orElse(null);
			}
			if (found != null) {
				found.attached.add(f);
				for (Person p : people.values()) {
					found.people.putIfAbsent(p.personId(), p);
				}
				return;
			}
		}
		Draft target = found;
		if (target == null) {
			Draft d = new Draft();
			d.status = f.status();
			d.date = date;
			d.trilateral = f.trilateral();
			d.frames.add(f);
			d.people.putAll(people);
			drafts.add(d);
			return;
		}
		target.frames.add(f);
		for (Person p : people.values()) {
			target.people.putIfAbsent(p.personId(), p);
		}
		if (date != null && (target.date == null || date.precision().compareTo(target.date.precision()) < 0)) {
			target.date = date;
		}
	}

	/** Two meetings in different cities are different meetings, even in the same month. */
	private static boolean placeConflict(Draft d, Frame f) {
		if (f.place() == null) {
			return false;
		}
		return d.frames.stream().anyMatch(x -> x.place() != null && !x.place().city().equals(f.place().city()));
	}

	private static Draft chooseMain(List<Draft> drafts, LocalDate ref, ArticleContext ctx) {
		Draft held = drafts.stream()
			.filter(d -> d.status == EncounterStatus.HELD && !d.captionOnly())
			.filter(d -> d.date == null || ref == null || !d.date.end().isBefore(ref.minusDays(MAIN_WINDOW_DAYS)))
			.filter(d -> d.date == null || ref == null || !d.date.start().isAfter(ref))
			.min(Comparator.comparingInt(Draft::first))
			.orElse(null);
		if (held != null) {
			return held;
		}
		// an article about a meeting still to come, or one called off
		return drafts.stream()
			.filter(d -> d.status != EncounterStatus.HELD && !d.captionOnly())
			.filter(d -> d.date == null || ref == null || !d.date.end().isBefore(ref.minusDays(1)))
			.filter(d -> d.first() <= 3 || ctx.lead(d.first()))
			.min(Comparator.comparingInt(Draft::first))
			.orElse(null);
	}

	/** Encounters of the same occasion as the main one: the same or the next day, or an undated three-way meeting. */
	private static void markCoMains(List<Draft> drafts, Draft main) {
		for (Draft d : drafts) {
			boolean recalled = d.frames.stream().allMatch(f -> f.daysFromMain() != null && f.daysFromMain() != 0);
			if (d == main || d.status != main.status || d.captionOnly() || recalled) {
				continue;
			}
			if (d.date == null && d.frames.stream().allMatch(f -> Integer.valueOf(0).equals(f.daysFromMain()))) {
				d.main = true;
				continue;
			}
			if (d.date == null && d.trilateral != main.trilateral && main.date != null) {
				d.date = main.date;
				d.main = true;
			}
			else if (d.date != null && main.date != null && d.date.precision() == DatePrecision.DAY
					&& main.date.precision() == DatePrecision.DAY
					&& Math.abs(d.date.start().toEpochDay() - main.date.start().toEpochDay()) <= 1
					&& (d.trilateral != main.trilateral || !sharesPair(d.people, main.people))) {
				d.main = true;
			}
		}
	}

	/** A follow-up of the same visit, or an undated mention of the same people, is the main encounter. */
	private static void foldIntoMain(List<Draft> drafts, Draft main) {
		List<Draft> folded = new ArrayList<>();
		for (Draft d : drafts) {
			if (d == main || !sharesPair(d.people, main.people) || d.trilateral != main.trilateral) {
				continue;
			}
			boolean undated = d.date == null && d.status == EncounterStatus.HELD;
			boolean sameVisit = d.status == EncounterStatus.PLANNED && d.date != null && main.date != null
					&& main.date.precision() == DatePrecision.DAY && !d.date.start().isBefore(main.date.start())
					&& !d.date.start().isAfter(main.date.start().plusDays(2));
			if (undated || sameVisit) {
				main.attached.addAll(d.frames);
				main.attached.addAll(d.attached);
				folded.add(d);
			}
		}
		drafts.removeAll(folded);
	}

	/** The level of a draft from the offices its people held at its date. */
	EncounterLevel level(Draft d) {
		return level(d, null);
	}

	EncounterLevel level(Draft d, LocalDate ref) {
		return levelOn(d, bestDay(d, ref));
	}

	/** For a month or a year, the day in it on which the people held the highest offices ("1998": Obuchi as prime minister). */
	LocalDate bestDay(Draft d, LocalDate ref) {
		LocalDate day = representative(d.date, ref);
		if (d.date == null || d.date.precision() == DatePrecision.DAY) {
			return day;
		}
		LocalDate best = day;
		EncounterLevel bestLevel = levelOn(d, day);
		for (LocalDate x = d.date.start(); !x.isAfter(d.date.end()); x = x.plusDays(d.date.precision() == DatePrecision.YEAR ? 14 : 3)) {
			if (ref != null && x.isAfter(ref)) {
				break;
			}
			EncounterLevel l = levelOn(d, x);
			if (l.ordinal() < bestLevel.ordinal()) {
				best = x;
				bestLevel = l;
			}
		}
		return best;
	}

	private EncounterLevel levelOn(Draft d, LocalDate day) {
		boolean jpLeader = false;
		boolean krLeader = false;
		boolean jpFm = false;
		boolean krFm = false;
		for (Person p : d.people.values()) {
			String office = office(p, day);
			EncounterLevel l = office == null ? EncounterLevel.OTHER
					: reference.office(p.country(), office).map(o -> o.level()).orElse(EncounterLevel.OTHER);
			if (p.country().equals("JP")) {
				jpLeader |= l == EncounterLevel.LEADERS;
				jpFm |= l == EncounterLevel.FOREIGN_MINISTERS;
			}
			if (p.country().equals("KR")) {
				krLeader |= l == EncounterLevel.LEADERS;
				krFm |= l == EncounterLevel.FOREIGN_MINISTERS;
			}
		}
		if (jpLeader && krLeader) {
			return EncounterLevel.LEADERS;
		}
		if (jpFm && krFm) {
			return EncounterLevel.FOREIGN_MINISTERS;
		}
		return EncounterLevel.OTHER;
	}

	String office(Person p, LocalDate day) {
		if (!p.inReference()) {
			return p.statedOffice();
		}
		return OfficialFinder.officeOn(reference, p.personId(), day, p.statedOffice());
	}

	/** Turns drafts into the output records. */
	List<ExtractedEncounter> build(ArticleContext ctx, List<Draft> drafts, DisputeClassifier disputes) {
		List<ExtractedEncounter> out = new ArrayList<>();
		LocalDate ref = ctx.referenceDate;
		for (Draft d : drafts) {
			List<Frame> all = d.allFrames();
			LocalDate day = bestDay(d, ref);
			EncounterLevel level = level(d, ref);
			boolean phone = d.frames.stream().anyMatch(Frame::phone);
			String city = null;
			String country = null;
			for (Frame f : orderedForPlace(d)) {
				if (f.place() != null) {
					city = f.place().city();
					country = f.place().country();
					break;
				}
			}
			GatheringMention gm = all.stream().map(Frame::gathering).filter(g -> g != null).findFirst().orElse(null);
			if (gm == null && d.main) {
				gm = leadGathering(ctx, d);
			}
			GatheringRef gathering = null;
			if (gm != null) {
				gathering = d.date != null ? gatherings.at(gm.series().series(), d.date, city)
						: ref != null ? gatherings.nearest(gm.series().series(), ref, city) : null;
			}
			else if (d.date != null && city == null && !phone && !d.main) {
				gathering = gatherings.onlyAt(d.date, level);
			}
			if (city == null && gathering != null && !phone) {
				city = gathering.city();
				country = gathering.country();
			}
			if (city == null && d.main && !phone && ctx.dateline != null) {
				city = ctx.dateline.city();
				country = ctx.dateline.country();
			}
			if (phone) {
				city = null;
				country = null;
			}
			String occasion = phone ? null : gm != null ? gm.series().name()
					: gathering != null ? reference.series(gathering.series()).map(s -> s.name()).orElse(null) : null;
			FuzzyDate date = d.date;
			if (date == null && d.main && gathering != null && gathering.start().equals(gathering.end())) {
				date = FuzzyDate.day(gathering.start());
			}
			if (date == null && d.main && ref != null && d.status == EncounterStatus.HELD) {
				date = FuzzyDate.day(ref);
			}
			Formality formality = all.stream().anyMatch(f -> f.formality() == Formality.INFORMAL) ? Formality.INFORMAL
					: all.stream().anyMatch(f -> f.formality() == Formality.FORMAL) ? Formality.FORMAL : null;
			if (d.status == EncounterStatus.CANCELLED) {
				formality = d.frames.stream().map(Frame::formality).filter(x -> x != null).findFirst().orElse(formality);
			}
			Integer duration = all.stream().map(Frame::duration).filter(x -> x != null).findFirst().orElse(null);
			List<ExtractedParticipant> participants = new ArrayList<>();
			for (Person p : d.people.values()) {
				participants.add(new ExtractedParticipant(p.personId(), p.name(), p.country(), office(p, day), p.inReference()));
			}
			participants.sort(Comparator.comparing((ExtractedParticipant p) -> order(p.country())).thenComparing(ExtractedParticipant::name));
			EncounterKind kind = kind(d, participants, level, formality, duration, phone);
			TreeSet<TextSpan> evidence = new TreeSet<>();
			for (Frame f : all) {
				evidence.add(f.sentence().span());
			}
			// the article's own topics are the agenda of the bilateral meeting it reports; a trilateral's
			// agenda is not the bilateral disputes, so it keeps only what its own sentences name
			boolean agendaOfArticle = d.main && kind != EncounterKind.TRILATERAL;
			List<String> topics = disputes.forEncounter(ctx, all.stream().map(Frame::sentence).toList(), d.main,
					agendaOfArticle);
			out.add(new ExtractedEncounter(date, city, country, occasion, kind, level, formality, duration, d.status,
					d.main ? SourceRole.MAIN : SourceRole.MENTIONED, List.copyOf(participants), topics,
					List.copyOf(evidence)));
		}
		return out;
	}

	private static int order(String country) {
		return switch (country) {
			case "JP" -> 0;
			case "KR" -> 1;
			default -> 2;
		};
	}

	private static List<Frame> orderedForPlace(Draft d) {
		List<Frame> ordered = new ArrayList<>(d.frames);
		ordered.sort(Comparator.comparing(Frame::caption).thenComparingInt(Frame::index));
		List<Frame> att = new ArrayList<>(d.attached.stream().filter(f -> f.generic() == null).toList());
		att.sort(Comparator.comparingInt(Frame::index));
		ordered.addAll(att);
		return ordered;
	}

	/** For the main encounter: a gathering named near its first evidence ("The conversation took place on the fringes of ..."). */
	private static GatheringMention leadGathering(ArticleContext ctx, Draft d) {
		int first = d.first();
		for (int i = Math.max(0, first - 1); i <= Math.min(ctx.sentences.size() - 1, first + 3); i++) {
			Sentence s = ctx.sentences.get(i);
			if (!s.usable() || Cues.find(Cues.FUTURE, s.text()) && !d.frames.get(0).sentence().equals(s)) {
				continue;
			}
			if (!ctx.gatherings.get(i).isEmpty()) {
				return ctx.gatherings.get(i).get(0);
			}
		}
		return null;
	}

	private static EncounterKind kind(Draft d, List<ExtractedParticipant> participants, EncounterLevel level,
			Formality formality, Integer duration, boolean phone) {
		if (phone) {
			return EncounterKind.PHONE_CALL;
		}
		boolean third = d.trilateral || participants.stream()
			.anyMatch(p -> !p.country().equals("JP") && !p.country().equals("KR") && p.office() != null);
		if (third) {
			return EncounterKind.TRILATERAL;
		}
		boolean brief = d.frames.stream().anyMatch(Frame::brief) || d.attached.stream().anyMatch(Frame::brief);
		if (brief && !(duration != null && duration >= 20)) {
			return EncounterKind.BRIEF_ENCOUNTER;
		}
		if (duration != null && duration <= 5) {
			return EncounterKind.BRIEF_ENCOUNTER;
		}
		if (level == EncounterLevel.LEADERS && formality != Formality.INFORMAL) {
			return EncounterKind.SUMMIT;
		}
		return EncounterKind.TALKS;
	}

	static YearMonth month(FuzzyDate d) {
		return YearMonth.from(d.start());
	}
}
