package org.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.diplomatictimeline.dispute.DisputeTopic;
import org.diplomatictimeline.dispute.DisputeTopicRepository;
import org.diplomatictimeline.support.H2IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Conditional GET: pages and API answers carry a weak ETag of the data version and answer 304 until
 * something published is written; a copy is only valid for the session it was made in; editors and
 * notices are never served from cache; static assets have content-hashed names cached for a year.
 */
@H2IntegrationTest
class HttpCachingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataVersion version;

	@Autowired
	DisputeTopicRepository topics;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transaction;

	private String etag(String url) throws Exception {
		String etag = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-cache"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"");
		return etag;
	}

	private void addTopic() {
		String slug = "t-" + UUID.randomUUID();
		transaction.executeWithoutResult(tx -> topics.save(new DisputeTopic(slug, slug, "background")));
	}

	@Test
	void pagesAndApiAnswerNotModifiedUntilSomethingIsWritten() throws Exception {
		for (String url : new String[] { "/", "/api/articles", "/api/timeline", "/disputes", "/export.csv" }) {
			String etag = etag(url);
			mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andExpect(status().isNotModified())
				.andExpect(header().string(HttpHeaders.ETAG, etag));

			addTopic();

			mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.ETAG, not(etag)));
		}
	}

	@Test
	void oneTransactionRaisesTheVersionOnceAndARollbackNotAtAll() {
		long before = version.current();
		transaction.executeWithoutResult(tx -> {
			for (int i = 0; i < 3; i++) {
				String slug = "t-" + UUID.randomUUID();
				topics.save(new DisputeTopic(slug, slug, "background"));
			}
		});
		assertThat(version.current()).isEqualTo(before + 1);

		transaction.executeWithoutResult(tx -> {
			String slug = "t-" + UUID.randomUUID();
			topics.save(new DisputeTopic(slug, slug, "background"));
			tx.setRollbackOnly();
		});
		assertThat(version.current()).isEqualTo(before + 1);
	}

	@Test
	void writesNoPageShowsKeepTheCopiesValid() throws Exception {
		String etag = etag("/api/articles");

		audit.record("someone", "test.write", "nothing public", null);

		mvc.perform(get("/api/articles").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
	}

	@Test
	void aCopyIsValidOnlyInTheSessionItWasMadeIn() throws Exception {
		MockHttpSession mine = new MockHttpSession(null, "session-4f2a9c");
		String etag = mvc.perform(get("/disputes").session(mine)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

		mvc.perform(get("/disputes").session(mine).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/disputes").session(new MockHttpSession()).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk());
		mvc.perform(get("/disputes").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
		assertThat(etag).doesNotContain(mine.getId());
	}

	@Test
	void signedInEditorsAlwaysGetAFreshUncachedPage() throws Exception {
		String etag = etag("/");

		mvc.perform(get("/").with(user("editor").roles(EditorAccounts.ROLE)).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.ETAG))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
	}

	@Test
	void aNoticeAfterARedirectIsNeverAnsweredFromCache() throws Exception {
		String etag = etag("/");

		mvc.perform(get("/").flashAttr("notice", "saved").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk());
	}

	@Test
	void assetsHaveContentHashedNamesCachedForAYear() throws Exception {
		var page = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		String css = page.select("link[rel=stylesheet]").attr("href");
		String js = page.select("script[src*=/assets/js/timeline]").attr("src");
		assertThat(css).matches("/assets/css/app-[0-9a-f]{32}\\.css");
		assertThat(js).matches("/assets/js/timeline-[0-9a-f]{32}\\.js");

		for (String asset : new String[] { css, js }) {
			mvc.perform(get(asset))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public"));
		}
	}
}
