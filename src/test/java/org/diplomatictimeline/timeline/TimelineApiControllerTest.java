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
import org.diplomatictimeline.timeline.TimelineDocumentService.EncounterPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TimelineApiController.class)
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
		given(documents.statements()).willReturn(List.of(SAID));
		given(documents.articles()).willReturn(List.of(ARTICLE));

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
}
