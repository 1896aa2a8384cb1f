package org.diplomatictimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.diplomatictimeline.timeline.TimelineDocument.ParticipantJson;
import org.diplomatictimeline.timeline.TimelineDocument.SourceJson;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ExportController.class)
@Import({ CsvExport.class, CalendarExport.class })
class ExportControllerTest {

	static final EncounterJson MADRID = new EncounterJson(7L, "2022-06-28", "day", "Madrid", "Spain",
			"NATO summit, \"sidelines\"", "brief-encounter", "leaders", "informal", 4, "held",
			List.of(new ParticipantJson("Fumio Kishida", "JP", "prime-minister"),
					new ParticipantJson("Yoon Suk Yeol", "KR", "president")),
			List.of("wartime-labor"), List.of(new SourceJson("a.txt", 1L, "main", List.of("They met."))));

	static final EncounterJson CHENGDU = new EncounterJson(3L, "2019-12", "month", "Chengdu", "China", null, "summit",
			"leaders", null, null, "held", List.of(new ParticipantJson("Shinzo Abe", "JP", "prime-minister")), List.of(),
			List.of());

	static final EncounterJson OLYMPICS = new EncounterJson(4L, "2021", "year", "Tokyo", "Japan", null, "summit",
			"leaders", null, null, "cancelled", List.of(), List.of(), List.of());

	static final EncounterJson UNDATED = new EncounterJson(9L, null, null, null, null, null, "talks", "other", null,
			null, "held", List.of(), List.of(), List.of());

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TimelineDocumentService documents;

	@Test
	void csvHasAHeaderAndOneQuotedRowPerEncounterOfTheFilteredView() throws Exception {
		given(documents.encounters(any(TimelineParams.class))).willReturn(List.of(MADRID));

		String csv = mvc.perform(get("/export.csv?dispute=wartime-labor&level=leaders"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"encounters.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv)).getRecords();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("date")).isEqualTo("2022-06-28");
		assertThat(rows.get(0).get("occasion")).isEqualTo("NATO summit, \"sidelines\"");
		assertThat(rows.get(0).get("participants"))
			.isEqualTo("Fumio Kishida (JP, prime-minister); Yoon Suk Yeol (KR, president)");
		assertThat(rows.get(0).get("url")).isEqualTo("http://localhost/encounters/7");
		var params = ArgumentCaptor.forClass(TimelineParams.class);
		org.mockito.Mockito.verify(documents).encounters(params.capture());
		assertThat(params.getValue().dispute()).containsExactly("wartime-labor");
		assertThat(params.getValue().level()).containsExactly("leaders");
	}

	@Test
	void calendarHasAllDayEventsSpanningTheKnownPeriod() throws Exception {
		given(documents.encounters(any(TimelineParams.class))).willReturn(List.of(CHENGDU, OLYMPICS, MADRID, UNDATED));

		String ics = mvc.perform(get("/export.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");

		assertThat(events).hasSize(3);
		VEvent chengdu = events.get(0);
		assertThat(chengdu.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20191201");
		assertThat(chengdu.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20200101");
		assertThat(chengdu.getProperty("SUMMARY").orElseThrow().getValue())
			.isEqualTo("Summit: Shinzo Abe (date known to the month)");
		VEvent olympics = events.get(1);
		assertThat(olympics.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20220101");
		assertThat(olympics.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		VEvent madrid = events.get(2);
		assertThat(madrid.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20220628");
		assertThat(madrid.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20220629");
		assertThat(madrid.getProperty("SUMMARY").orElseThrow().getValue())
			.isEqualTo("Brief encounter: Fumio Kishida – Yoon Suk Yeol");
		assertThat(madrid.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Madrid, Spain");
		assertThat(madrid.getProperty("UID").orElseThrow().getValue()).isEqualTo("encounter-7@diplomatic-timeline");
	}

	@Test
	void jsonExportHasTheShapeOfTheEncountersApi() throws Exception {
		given(documents.encounters(any(TimelineParams.class))).willReturn(List.of(MADRID));

		mvc.perform(get("/export.json?person=fumio-kishida"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"encounters.json\""))
			.andExpect(jsonPath("$[0].datePrecision").value("day"))
			.andExpect(jsonPath("$[0].participants[0].office").value("prime-minister"))
			.andExpect(jsonPath("$[0].sources[0].evidence[0]").value("They met."));
	}

	@Test
	void unusableFilterValuesGive400NamingEachProblem() throws Exception {
		given(documents.encounters(any(TimelineParams.class))).willThrow(new BadFilterException(
				List.of(new Notice("filter.unknown.dispute", "nope"), new Notice("filter.bad.year", "99999"))));

		mvc.perform(get("/export.csv?dispute=nope&from=99999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid filter"))
			.andExpect(jsonPath("$.problems[0]").value("There is no dispute topic “nope”."))
			.andExpect(jsonPath("$.problems[1]").value("“99999” is not a year between 1900 and 2100."));
	}
}
