package org.diplomatictimeline.system;

import jakarta.servlet.RequestDispatcher;

import org.diplomatictimeline.support.H2IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Error pages are friendly pages in the layout, whatever failed: no stack trace, no exception text. */
@H2IntegrationTest
class ErrorPagesTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "400, This address is not valid.", "403, Only signed-in editors may change the timeline.",
			"404, There is no page at this address.", "405, (status 405)", "413, send fewer files at once",
			"500, (status 500)" })
	void errorPagesShowNoInternals(int code, String text) throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internal detail")))
			.andExpect(status().is(code))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(text)))
			.andExpect(content().string(containsString("Back to the timeline")))
			.andExpect(content().string(not(containsString("secret internal detail"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("at org."))));
	}
}
