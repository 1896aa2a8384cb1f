package org.diplomatictimeline.timeline;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.diplomatictimeline.timeline.TimelineDocument.ArticleJson;
import org.diplomatictimeline.timeline.TimelineDocument.EncounterJson;
import org.diplomatictimeline.timeline.TimelineDocument.ParticipantJson;
import org.diplomatictimeline.timeline.TimelineDocument.SourceJson;
import org.diplomatictimeline.timeline.TimelineDocument.StatementJson;
import org.diplomatictimeline.timeline.TimelineDocumentService.ApiPage;
import org.diplomatictimeline.timeline.TimelineDocumentService.EncounterPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TimelineApiController.class)
@Import(NdjsonExport.class)
class TimelineApiControllerTest {

	static final EncounterJson MADRID = new EncounterJson(7L, "2022-06-28", "day", "Madrid", "Spain", "NATO summit",
			"brief-encounter", "leaders", null, 4, "held",
			List.of(new ParticipantJson("Fumio Kishida", "JP", "prime-minister"),
					new ParticipantJson("Yoon Suk Yeol", "KR", "president")),
			List.of("comfort-women", "wartime-labor"),
			List.of(new SourceJson("a.txt", 1L, "main", List.of("They spoke briefly in Madrid."))));

	static final StatementJson SAID = new StatementJson(3L, "Fumio Kishida", "hopes ties improve", "reported",
			"Japanese Foreign Ministry", "2022-06-28", "a.txt", 1L, 7L);

	static final ArticleJson ARTICLE = new ArticleJson(1L, "a.txt", null, null, null, null, List.of("wartime-labor"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TimelineDocumentService documents;

	@Test
	void timelineIsTheWholeDocumentInTheContractShape() throws Exception {
		given(documents.document()).willReturn(new TimelineDocument(List.of(MADRID), List.of(SAID), List.of(ARTICLE)));

		mvc.perform(get("/api/timeline"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.encounters[0].date").value("2022-06-28"))
			.andExpect(jsonPath("$.encounters[0].datePrecision").value("day"))
			.andExpect(jsonPath("$.encounters[0].kind").value("brief-encounter"))
			.andExpect(jsonPath("$.encounters[0].durationMinutes").value(4))
			.andExpect(jsonPath("$.encounters[0].participants[1].name").value("Yoon Suk Yeol"))
			.andExpect(jsonPath("$.encounters[0].sources[0].article").value("a.txt"))
			.andExpect(jsonPath("$.encounters[0].sources[0].role").value("main"))
			.andExpect(jsonPath("$.encounters[0].sources[0].evidence[0]").value("They spoke briefly in Madrid."))
			.andExpect(jsonPath("$.statements[0].via").value("Japanese Foreign Ministry"))
			.andExpect(jsonPath("$.statements[0].encounterId").value(7))
			.andExpect(jsonPath("$.articles[0].file").value("a.txt"))
			.andExpect(jsonPath("$.articles[0].disputes[0]").value("wartime-labor"));
	}

	@Test
	void eachListIsAvailableAlone() throws Exception {
		given(documents.encounters(any(TimelineParams.class), anyInt(), anyInt()))
			.willReturn(new EncounterPage(List.of(MADRID), 1, 1, 100));
		given(documents.statements(1, 100)).willReturn(new ApiPage<>(List.of(SAID), 1, 1, 100));
		given(documents.articles(1, 100)).willReturn(new ApiPage<>(List.of(ARTICLE), 1, 1, 100));

		mvc.perform(get("/api/encounters")).andExpect(jsonPath("$[0].city").value("Madrid"));
		mvc.perform(get("/api/statements")).andExpect(jsonPath("$[0].speaker").value("Fumio Kishida"));
		mvc.perform(get("/api/articles")).andExpect(jsonPath("$[0].file").value("a.txt"));
	}

	@Test
	void encountersTakeTheTimelineFilters() throws Exception {
		given(documents.encounters(any(TimelineParams.class), anyInt(), anyInt()))
			.willReturn(new EncounterPage(List.of(MADRID), 1, 1, 100));

		mvc.perform(get("/api/encounters?dispute=wartime-labor&dispute=comfort-women&from=2022&q=Madrid"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(7));

		var params = org.mockito.ArgumentCaptor.forClass(TimelineParams.class);
		org.mockito.Mockito.verify(documents).encounters(params.capture(), eq(1), eq(100));
		org.assertj.core.api.Assertions.assertThat(params.getValue().dispute())
			.containsExactly("wartime-labor", "comfort-women");
		org.assertj.core.api.Assertions.assertThat(params.getValue().from()).isEqualTo("2022");
		org.assertj.core.api.Assertions.assertThat(params.getValue().q()).isEqualTo("Madrid");
	}

	@Test
	void encountersComeInPagesLinkedWithTheirFilters() throws Exception {
		given(documents.encounters(any(TimelineParams.class), eq(2), eq(10)))
			.willReturn(new EncounterPage(List.of(MADRID), 35, 2, 10));

		mvc.perform(get("/api/encounters?level=leaders&page=2&size=10"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "35"))
			.andExpect(header().string("Link", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("level=leaders&size=10&page=1>; rel=\"first\""),
					org.hamcrest.Matchers.containsString("level=leaders&size=10&page=1>; rel=\"prev\""),
					org.hamcrest.Matchers.containsString("level=leaders&size=10&page=3>; rel=\"next\""),
					org.hamcrest.Matchers.containsString("level=leaders&size=10&page=4>; rel=\"last\""))));
	}

	@Test
	void aPageSizeOutOfRangeIsA400() throws Exception {
		mvc.perform(get("/api/encounters?size=100000")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/encounters?page=0")).andExpect(status().isBadRequest());
	}

	@Test
	void unknownFilterValueIsA400ProblemDetail() throws Exception {
		given(documents.encounters(any(TimelineParams.class), anyInt(), anyInt()))
			.willThrow(new BadFilterException(List.of(new Notice("filter.unknown.level", "kings"))));

		mvc.perform(get("/api/encounters?level=kings"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.problems[0]").value("“kings” is not a level (leaders, foreign-ministers, other)."));
	}

	@Test
	void statementsAndArticlesComeInPagesToo() throws Exception {
		given(documents.statements(3, 2)).willReturn(new ApiPage<>(List.of(SAID), 5, 3, 2));
		given(documents.articles(1, 50)).willReturn(new ApiPage<>(List.of(ARTICLE), 120, 1, 50));

		mvc.perform(get("/api/statements?page=3&size=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].speaker").value("Fumio Kishida"))
			.andExpect(header().string("X-Total-Count", "5"))
			.andExpect(header().string("Link", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("page=2>; rel=\"prev\""),
					org.hamcrest.Matchers.containsString("page=3>; rel=\"last\""),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("rel=\"next\"")))));
		mvc.perform(get("/api/articles?size=50"))
			.andExpect(header().string("X-Total-Count", "120"))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("size=50&page=2>; rel=\"next\"")));
		mvc.perform(get("/api/statements?size=501")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/articles?page=0")).andExpect(status().isBadRequest());
	}

	@Test
	void exportStreamsAWholeListAsNdjsonChunkByChunk() throws Exception {
		List<EncounterJson> full = java.util.stream.LongStream.rangeClosed(1, NdjsonExport.CHUNK)
			.mapToObj(id -> new EncounterJson(id, null, null, null, null, null, "talks", "leaders", null, null, "held",
					List.of(), List.of(), List.of()))
			.toList();
		given(documents.encountersAfter(0, NdjsonExport.CHUNK)).willReturn(full);
		given(documents.encountersAfter(NdjsonExport.CHUNK, NdjsonExport.CHUNK)).willReturn(List.of(MADRID));

		String body = mvc.perform(get("/api/export/encounters"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("encounters.ndjson")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String[] lines = body.split("\n");
		org.assertj.core.api.Assertions.assertThat(lines).hasSize(NdjsonExport.CHUNK + 1);
		org.assertj.core.api.Assertions.assertThat(lines[0]).startsWith("{\"id\":1,");
		org.assertj.core.api.Assertions.assertThat(lines[NdjsonExport.CHUNK]).contains("\"city\":\"Madrid\"");
		// a short chunk is the last: nothing is read after it
		org.mockito.Mockito.verify(documents, org.mockito.Mockito.never()).encountersAfter(eq(7L), anyInt());
	}

	@Test
	void exportResumesAfterAnIdAndKnowsOnlyItsLists() throws Exception {
		given(documents.statementsAfter(41, NdjsonExport.CHUNK)).willReturn(List.of(SAID));

		mvc.perform(get("/api/export/statements?after=41"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("{\"id\":3,\"speaker\":\"Fumio Kishida\"")));
		mvc.perform(get("/api/export/people")).andExpect(status().isNotFound());
		mvc.perform(get("/api/export/articles?after=-1")).andExpect(status().isBadRequest());
	}
}
