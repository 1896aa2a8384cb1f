package org.diplomatictimeline.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.ingest.reference.GatheringRef;
import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * Works out the date an article was written, which relative expressions ("Tuesday", "in March")
 * are read against. In order: the front matter's published date; a date in its URL; a dated
 * dateline; otherwise an inference from the text and the reference data: the gathering named in the
 * lead (the meeting of that series consistent with the terms of office of the officials named with
 * their titles, with the cities named, and with dates the article mentions as past) and the weekday
 * of the lead, or the latest explicit date; then moved forward a day or two when the article's
 * other weekdays ("said Monday") only fit a later date.
 */
final class ReferenceDateInferrer {

	private static final Pattern URL_DATE = Pattern
		.compile("(?<![0-9])((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?![0-9])");

	private static final Pattern DATELINE_START = Pattern
		.compile("^(?:[A-Z][\\p{L} .'’-]{0,30}\\p{L}(?:,\\s*[A-Z][A-Za-z. ]{1,30})?,\\s*)?(?=[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\b)");

	private static final Pattern TIMESTAMP = Pattern.compile("^[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},\\s*\\d{4}\\s*[-–—|]\\s*\\d{1,2}:\\d{2}");

	private static final int LEAD = 4;

	private final ReferenceData reference;

	private final DateResolver resolver = new DateResolver();

	ReferenceDateInferrer(ReferenceData reference) {
		this.reference = reference;
	}

	void infer(ArticleContext ctx) {
		ArticleMetadata md = ctx.metadata;
		if (md.published() != null) {
			set(ctx, md.published(), "reference date from the front matter");
			return;
		}
		if (md.url() != null) {
			Matcher m = URL_DATE.matcher(md.url());
			if (m.find()) {
				try {
					set(ctx, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(3))), "reference date from the URL");
					return;
				}
				catch (DateTimeException e) {
					// not a date after all
				}
			}
		}
		List<Sentence> usable = ctx.usable();
		DateExpression datelineDay = datelineDate(ctx, usable);
		if (datelineDay != null && datelineDay.kind() == DateExpression.Kind.FULL) {
			set(ctx, LocalDate.of(datelineDay.year(), datelineDay.month(), datelineDay.day()),
					"reference date from the dateline");
			return;
		}
		LocalDate latestExplicit = latestExplicit(ctx, usable);
		List<LocalDate> anchors = new ArrayList<>();
		if (latestExplicit != null) {
			anchors.add(latestExplicit);
		}
		anchors.addAll(pastGatheringAnchors(ctx, usable));
		LocalDate base = null;
		String how = null;
		if (datelineDay != null && datelineDay.kind() == DateExpression.Kind.MONTH_DAY) {
			base = datelineYear(ctx, datelineDay, latestExplicit, anchors);
			how = "reference date from the dateline, year from terms of office";
		}
		if (base == null) {
			base = afterTakingOffice(ctx, usable);
			how = "reference date inferred from a start of a term of office";
		}
		if (base == null) {
			Optional<GatheringRef> lead = leadGathering(ctx, usable, anchors);
			if (lead.isPresent()) {
				GatheringRef g = lead.get();
				DateExpression weekday = leadWeekday(ctx, usable);
				if (latestExplicit != null && g.covers(latestExplicit)) {
					base = latestExplicit;
				}
				else if (weekday != null) {
					LocalDate d = g.start().with(TemporalAdjusters.nextOrSame(weekday.weekday()));
					base = d.isAfter(g.end()) ? g.start() : d;
				}
				else {
					base = g.start();
				}
				how = "reference date inferred from the " + g.series() + " meeting in " + g.city() + " (" + g.start()
						+ ")";
			}
		}
		if (base == null && latestExplicit != null) {
			base = latestExplicit;
			how = "reference date inferred from the latest explicit date";
		}
		if (base == null) {
			ctx.notes.add("no reference date: relative dates left unresolved");
			return;
		}
		set(ctx, pushForWeekdays(ctx, usable, base), how);
	}

	private static void set(ArticleContext ctx, LocalDate date, String note) {
		ctx.referenceDate = date;
		ctx.notes.add(note + ": " + date);
	}

	private static DateExpression datelineDate(ArticleContext ctx, List<Sentence> usable) {
		for (int i = 0; i < Math.min(LEAD, usable.size()); i++) {
			Sentence s = usable.get(i);
			boolean dateline = DATELINE_START.matcher(s.text()).find() && s.text().matches("(?s)^[^\\n]{0,80}?(?:--|—|–|\\(\\S[^)]*\\)).*")
					|| TIMESTAMP.matcher(s.text()).find();
			if (!dateline) {
				continue;
			}
			for (DateExpression e : ctx.dates.get(s.index())) {
				if (e.start() - s.start() < 60 && (e.kind() == DateExpression.Kind.FULL
						|| e.kind() == DateExpression.Kind.MONTH_DAY)) {
					return e;
				}
			}
		}
		return null;
	}

	/** The year of a dateline's "July 21": the one year in which the named officials held their offices then and the lead's weekday fits. */
	private LocalDate datelineYear(ArticleContext ctx, DateExpression e, LocalDate latestExplicit, List<LocalDate> anchors) {
		if (latestExplicit != null) {
			return safeDate(latestExplicit.getYear(), e.month(), e.day());
		}
		List<OfficialMention> titled = titled(ctx);
		List<OfficialMention> named = ctx.allOfficials().stream().filter(m -> m.inReference() && !m.bare()).toList();
		if (titled.isEmpty() && named.isEmpty()) {
			return null;
		}
		DateExpression weekday = leadWeekday(ctx, ctx.usable());
		List<LocalDate> fits = new ArrayList<>();
		List<LocalDate> exact = new ArrayList<>();
		for (int y = 1990; y <= LocalDate.now().getYear() + 1; y++) {
			LocalDate d = safeDate(y, e.month(), e.day());
			if (d == null) {
				continue;
			}
			if (weekday != null && d.getDayOfWeek() == weekday.weekday() && (titled.isEmpty()
					? named.stream().allMatch(m -> reference.terms(m.personId()).stream().anyMatch(t -> t.holdsOn(d)))
					: titled.stream().allMatch(m -> holds(m, d, d)))) {
				exact.add(d);
			}
			boolean inOffice = titled.isEmpty()
					? named.stream().allMatch(m -> reference.terms(m.personId()).stream().anyMatch(t -> t.holdsOn(d)))
					: titled.stream().allMatch(m -> holds(m, d, d));
			boolean weekdayFits = weekday == null || d.getDayOfWeek() == weekday.weekday()
					|| d.minusDays(1).getDayOfWeek() == weekday.weekday();
			if (inOffice && weekdayFits) {
				fits.add(d);
			}
		}
		if (fits.size() > 1) {
			// a gathering named in the lead picks the year: the one whose meeting is within days of the dateline
			Optional<GatheringRef> lead = leadGathering(ctx, ctx.usable(), List.of());
			if (lead.isPresent()) {
				String series = lead.get().series();
				List<LocalDate> atGathering = fits.stream()
					.filter(d -> reference.gatherings(series).stream()
						.anyMatch(g -> !d.isBefore(g.start().minusDays(1)) && !d.isAfter(g.end().plusDays(3))))
					.toList();
				if (atGathering.size() == 1) {
					return atGathering.get(0);
				}
			}
		}
		if (exact.size() == 1) {
			return exact.get(0);
		}
		if (fits.size() == 1) {
			return fits.get(0);
		}
		// several years fit: the first after what the article tells as past (a gathering, a dated event)
		List<LocalDate> past = new ArrayList<>(anchors);
		leadGathering(ctx, ctx.usable(), List.of()).ifPresent(g -> past.add(g.start()));
		LocalDate after = past.stream().max(LocalDate::compareTo).orElse(null);
		if (after == null) {
			return null;
		}
		List<LocalDate> candidates = fits.isEmpty() ? allYears(ctx, e, titled, named) : fits;
		return candidates.stream().filter(d -> !d.isBefore(after)).min(LocalDate::compareTo).orElse(null);
	}

	private List<LocalDate> allYears(ArticleContext ctx, DateExpression e, List<OfficialMention> titled,
			List<OfficialMention> named) {
		List<LocalDate> out = new ArrayList<>();
		for (int y = 1990; y <= LocalDate.now().getYear() + 1; y++) {
			LocalDate d = safeDate(y, e.month(), e.day());
			if (d != null && (titled.isEmpty()
					? named.stream().allMatch(m -> reference.terms(m.personId()).stream().anyMatch(t -> t.holdsOn(d)))
					: titled.stream().allMatch(m -> holds(m, d, d)))) {
				out.add(d);
			}
		}
		return out;
	}

	private static final Pattern AFTER_TAKING_OFFICE = Pattern.compile(
			"(?i)\\b(?<n>\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+days?\\s+after\\s+(?<rest>[^,.;]{2,60}?)\\s+(?:was sworn in|took office|was inaugurated|took power|assumed office|took the oath)");

	/** "The call came eight days after Suga took office": the start of that term plus the days. */
	private LocalDate afterTakingOffice(ArticleContext ctx, List<Sentence> usable) {
		for (Sentence s : usable) {
			Matcher m = AFTER_TAKING_OFFICE.matcher(s.text());
			if (!m.find()) {
				continue;
			}
			int from = s.start() + m.start("rest");
			int to = s.start() + m.end("rest");
			for (OfficialMention o : ctx.officials.get(s.index())) {
				if (o.start() >= from && o.end() <= to && o.inReference()) {
					Integer n = Cues.number(m.group("n"));
					LocalDate start = reference.terms(o.personId())
						.stream()
						.filter(t -> t.office().equals("prime-minister") || t.office().equals("president"))
						.map(t -> t.termStart())
						.max(LocalDate::compareTo)
						.orElse(null);
					if (start != null && n != null) {
						return start.plusDays(n);
					}
				}
			}
		}
		return null;
	}

	private static LocalDate safeDate(int y, int m, int d) {
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private LocalDate latestExplicit(ArticleContext ctx, List<Sentence> usable) {
		LocalDate latest = null;
		for (Sentence s : usable) {
			boolean future = !s.caption() && Cues.find(Cues.FUTURE, s.text());
			for (DateExpression e : ctx.dates.get(s.index())) {
				if (e.kind() != DateExpression.Kind.FULL || e.since() || future) {
					continue;
				}
				FuzzyDate d = resolver.resolve(e, null, false);
				if (d != null && (latest == null || d.start().isAfter(latest))) {
					latest = d.start();
				}
			}
		}
		return latest;
	}

	/**
	 * Officials named with their titles, in the lead when it has any (later sentences may recall people of
	 * other years: "the 1998 declaration by Prime Minister Keizo Obuchi").
	 */
	private List<OfficialMention> titled(ArticleContext ctx) {
		List<OfficialMention> all = ctx.allOfficials().stream().filter(m -> m.inReference() && m.statedOffice() != null).toList();
		// the first sentence that names officials with titles; later ones may recall predecessors
		int first = all.stream().filter(m -> ctx.lead(m.sentence())).mapToInt(OfficialMention::sentence).min().orElse(-1);
		List<OfficialMention> lead = all.stream().filter(m -> m.sentence() == first).toList();
		return lead.isEmpty() ? all : lead;
	}

	private boolean holds(OfficialMention m, LocalDate from, LocalDate to) {
		return reference.terms(m.personId())
			.stream()
			.anyMatch(t -> t.office().equals(m.statedOffice()) && t.overlaps(from, to));
	}

	private boolean consistent(ArticleContext ctx, GatheringRef g) {
		return titled(ctx).stream().allMatch(m -> holds(m, g.start(), g.end()));
	}

	/** Meetings named outside the lead, in past context, that only one row of gatherings.csv fits. */
	private List<LocalDate> pastGatheringAnchors(ArticleContext ctx, List<Sentence> usable) {
		List<LocalDate> out = new ArrayList<>();
		for (int i = LEAD; i < usable.size(); i++) {
			Sentence s = usable.get(i);
			if (Cues.find(Cues.FUTURE, s.text())) {
				continue;
			}
			for (GatheringMention gm : ctx.gatherings.get(s.index())) {
				List<PlaceMention> places = ctx.places.get(s.index());
				List<GatheringRef> c = new ArrayList<>(reference.gatherings(gm.series().series())
					.stream()
					.filter(g -> consistent(ctx, g))
					.toList());
				List<GatheringRef> inCity = c.stream()
					.filter(g -> places.stream().anyMatch(p -> p.city().equalsIgnoreCase(g.city())))
					.toList();
				if (!inCity.isEmpty()) {
					c = new ArrayList<>(inCity);
				}
				if (c.size() == 1) {
					out.add(c.get(0).start());
				}
			}
		}
		return out;
	}

	private Optional<GatheringRef> leadGathering(ArticleContext ctx, List<Sentence> usable, List<LocalDate> anchors) {
		LocalDate minEnd = anchors.stream().max(LocalDate::compareTo).map(d -> d.minusDays(1)).orElse(null);
		List<PlaceMention> leadPlaces = new ArrayList<>();
		for (int i = 0; i < Math.min(LEAD, usable.size()); i++) {
			leadPlaces.addAll(ctx.places.get(usable.get(i).index()));
		}
		if (ctx.dateline != null) {
			leadPlaces.add(ctx.dateline);
		}
		for (int i = 0; i < Math.min(LEAD, usable.size()); i++) {
			for (GatheringMention gm : ctx.gatherings.get(usable.get(i).index())) {
				List<GatheringRef> c = reference.gatherings(gm.series().series())
					.stream()
					.filter(g -> consistent(ctx, g))
					.filter(g -> minEnd == null || !g.end().isBefore(minEnd))
					.toList();
				List<GatheringRef> inCity = c.stream()
					.filter(g -> leadPlaces.stream().anyMatch(p -> p.city().equalsIgnoreCase(g.city())))
					.toList();
				if (!inCity.isEmpty()) {
					c = inCity;
				}
				if (!c.isEmpty()) {
					return Optional.of(c.get(0));
				}
			}
		}
		return Optional.empty();
	}

	private static DateExpression leadWeekday(ArticleContext ctx, List<Sentence> usable) {
		for (int i = 0; i < Math.min(LEAD, usable.size()); i++) {
			for (DateExpression e : ctx.dates.get(usable.get(i).index())) {
				if (e.kind() == DateExpression.Kind.WEEKDAY && e.offset() == 0 && !e.future()) {
					return e;
				}
			}
		}
		return null;
	}

	/** The article may be written a day or two after its main event: "said Monday" after a Sunday meeting. */
	private static LocalDate pushForWeekdays(ArticleContext ctx, List<Sentence> usable, LocalDate base) {
		List<DateExpression> weekdays = new ArrayList<>();
		for (Sentence s : usable) {
			if (Cues.find(Cues.FUTURE, s.text())) {
				continue;
			}
			for (DateExpression e : ctx.dates.get(s.index())) {
				if (e.kind() == DateExpression.Kind.WEEKDAY && e.offset() == 0 && !e.future()) {
					weekdays.add(e);
				}
			}
		}
		for (int k = 0; k <= 2; k++) {
			LocalDate ref = base.plusDays(k);
			boolean fits = weekdays.stream()
				.allMatch(e -> !ref.with(TemporalAdjusters.previousOrSame(e.weekday())).isBefore(base.minusDays(1)));
			if (fits) {
				return ref;
			}
		}
		return base;
	}
}
