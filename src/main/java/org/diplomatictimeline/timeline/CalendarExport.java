package org.diplomatictimeline.timeline;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes encounters as iCalendar all-day events. A date known only to the month or year becomes an
 * event spanning that month or year, and the summary says how precise the date is. Undated encounters
 * are left out: a calendar cannot place them.
 */
@Component
class CalendarExport {

	private final MessageSource messages;

	CalendarExport(MessageSource messages) {
		this.messages = messages;
	}

	String write(List<EncounterJson> encounters, String pagesBase) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Diplomatic Timeline//Encounters//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (EncounterJson e : encounters) {
			if (e.date() == null) {
				continue;
			}
			FuzzyDate date = FuzzyDate.parse(e.date());
			// DTEND of an all-day event is exclusive
			VEvent event = new VEvent(date.start(), date.end().plusDays(1), summary(e, date));
			event.add(new Uid("encounter-" + e.id() + "@diplomatic-timeline"));
			event.add(new Url(URI.create(pagesBase + "/encounters/" + e.id())));
			String place = place(e);
			if (place != null) {
				event.add(new Location(place));
			}
			event.add(new Description(description(e, pagesBase)));
			event.add(new Categories(msg("level." + e.level())));
			if ("cancelled".equals(e.status())) {
				event.add(new Status(Status.VALUE_CANCELLED));
			}
			else if ("planned".equals(e.status())) {
				event.add(new Status(Status.VALUE_TENTATIVE));
			}
			else {
				event.add(new Status(Status.VALUE_CONFIRMED));
			}
			calendar.add(event);
		}
		return calendar.toString();
	}

	private String summary(EncounterJson e, FuzzyDate date) {
		String people = e.participants().stream().map(p -> p.name()).collect(Collectors.joining(" – "));
		String summary = msg("export.ics.summary", msg("kind." + e.kind()), people);
		return switch (date.precision()) {
			case DAY -> summary;
			case MONTH -> summary + " " + msg("export.ics.month");
			case YEAR -> summary + " " + msg("export.ics.year");
		};
	}

	private String description(EncounterJson e, String pagesBase) {
		StringBuilder text = new StringBuilder();
		e.participants().forEach(p -> text.append(p.name()).append(" (").append(p.country()).append(")\n"));
		if (e.occasion() != null) {
			text.append(e.occasion()).append('\n');
		}
		if (!"held".equals(e.status())) {
			text.append(msg("status." + e.status())).append('\n');
		}
		text.append(pagesBase).append("/encounters/").append(e.id());
		return text.toString();
	}

	private static String place(EncounterJson e) {
		if (e.city() != null && e.country() != null) {
			return e.city() + ", " + e.country();
		}
		return e.city() != null ? e.city() : e.country();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ENGLISH);
	}
}
