package org.diplomatictimeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.diplomatictimeline.article.ArticleRepository;
import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.diplomatictimeline.encounter.EncounterSource;
import org.diplomatictimeline.statement.StatementRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every editor's action in a real browser, and what a reader is offered instead: a reader reports a
 * problem and finds no correction form, no editors' page and no way to post a correction; an editor
 * corrects fields, fixes and detaches a statement, merges two encounters and splits them again,
 * rejects and restores an encounter and confirms it from the review queue, adds an encounter the
 * extractor missed with evidence sentences picked from its article, and corrects an article; an
 * admin manages the editor accounts, which an editor may not. Each test works on 2019 encounters of
 * the seed articles, so that what the other browser tests measure of the latest ones stays as it was.
 */
@BrowserTest
class CurationBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "test-editor-password";

	@Autowired
	EncounterRepository encounters;

	@Autowired
	StatementRepository statements;

	@Autowired
	ArticleRepository articles;

	@Autowired
	TransactionTemplate transaction;

	final List<String> problems = new ArrayList<>();

	@AfterEach
	void signOutAndCheckAccessibility() {
		signOut();
		assertThat(problems).isEmpty();
	}

	@Test
	void aReaderReportsAndAnEditorCorrects() {
		long id = transaction.execute(s -> encounters.findTimeline()
			.stream()
			// an older encounter: the corrected mark must not change the latest ones other tests measure
			.filter(e -> e.getDate() != null && e.getDate().start().getYear() == 2019
					&& e.getParticipants().stream().anyMatch(p -> p.getPerson().getKey().equals("shinzo-abe")))
			.map(Encounter::getId)
			.findFirst()
			.orElseThrow());

		open("/encounters/" + id);
		driver().findElement(By.cssSelector("details.report summary")).click();
		visible(By.id("report-text")).sendKeys("The talks were on the fourth of November.");
		clickAndWaitForPage(driver().findElement(By.cssSelector("details.report button[type=submit]")));
		assertThat(main()).contains("Thank you: the editors will look at your report.");

		signIn("test-editor");
		open("/encounters/" + id);
		axe("editor encounter page");
		var duration = driver().findElement(By.id("cf-duration"));
		duration.clear();
		duration.sendKeys("25");
		driver().findElement(By.id("cf-note")).sendKeys("per the ministry's readout");
		clickAndWaitForPage(driver().findElement(By.cssSelector("form.curation-form button[type=submit]")));
		assertThat(main()).contains("Correction saved", "25 minutes", "Corrected by an editor");

		open("/admin/review");
		assertThat(main()).contains("The talks were on the fourth of November.");
		axe("review queue");

		open("/encounters/" + id + "/history");
		assertThat(main()).contains("Corrected by test-editor", "per the ministry's readout");
	}

	@Test
	void aReaderIsOfferedNoCorrectionAndCannotPostOne() {
		long madrid = encounter("toshimitsu-motegi", "2019-12-15");
		long article = articleId("001_");
		long statement = transaction.execute(s -> statements.findAllInOrder().get(0).getId());

		open("/encounters/" + madrid);
		for (String action : List.of("correct", "confirm", "reject", "merge", "split", "speaker", "detach")) {
			assertThat(driver().findElements(By.cssSelector("form[action$='/" + action + "']"))).as(action).isEmpty();
		}
		open("/articles/" + article);
		assertThat(driver().findElements(By.cssSelector("a[href*='/admin/articles/" + article + "/']"))).isEmpty();
		for (String page : List.of("/admin/review", "/admin/articles/" + article + "/encounters/new",
				"/admin/articles/" + article + "/edit", "/admin/accounts")) {
			open(page);
			assertThat(driver().getCurrentUrl()).as(page).endsWith("/login");
		}

		// posting straight to every action, even with a valid CSRF token, only leads to the sign-in page
		open("/encounters/" + madrid + "/history");
		int steps = driver().findElements(By.cssSelector(".history-entry")).size();
		open("/encounters/" + madrid);
		List<String> posts = List.of("/encounters/" + madrid + "/correct", "/encounters/" + madrid + "/confirm",
				"/encounters/" + madrid + "/reject", "/encounters/" + madrid + "/merge",
				"/encounters/" + madrid + "/split", "/statements/" + statement + "/speaker",
				"/statements/" + statement + "/detach", "/admin/corrections/1/restore",
				"/admin/articles/" + article + "/encounters", "/admin/articles/" + article, "/admin/accounts",
				"/admin/accounts/1/enabled");
		@SuppressWarnings("unchecked")
		List<String> landed = (List<String>) js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const token = document.querySelector('details.report input[name=_csrf]').value;
				(async () => {
					const out = [];
					for (const path of arguments[0]) {
						const body = new URLSearchParams({ _csrf: token, city: 'Nowhere', other: '1', source: '1',
							speaker: 'shinzo-abe', title: 'Changed', participants: 'shinzo-abe', evidence: '0-10',
							username: 'intruder', password: 'a long passphrase', enabled: 'false' });
						const r = await fetch(path, { method: 'POST', body });
						out.push(path + ' -> ' + new URL(r.url).pathname);
					}
					return out;
				})().then(done, e => done([String(e)]));
				""", posts);
		assertThat(landed).hasSize(posts.size()).allSatisfy(line -> assertThat(line).endsWith("-> /login"));
		open("/encounters/" + madrid + "/history");
		assertThat(driver().findElements(By.cssSelector(".history-entry"))).hasSize(steps);
		assertThat(main()).doesNotContain("Nowhere");
	}

	@Test
	void anEditorFixesAStatementsSpeakerAndDetachesIt() {
		signIn("test-editor");
		long madrid = encounter("toshimitsu-motegi", "2019-12-15");
		open("/encounters/" + madrid);
		WebElement statement = statementForm();
		String text = statement.findElement(By.tagName("p")).getText();
		new Select(statement.findElement(By.tagName("select"))).selectByValue("toshimitsu-motegi");
		clickAndWaitForPage(statement.findElement(By.xpath(".//button[normalize-space()='Set the speaker']")));
		assertThat(main()).contains("Speaker corrected.");
		WebElement fixed = statementForm();
		assertThat(fixed.findElement(By.tagName("p")).getText()).isEqualTo(text);
		assertThat(new Select(fixed.findElement(By.tagName("select"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("toshimitsu-motegi");
		assertThat(driver().findElement(By.cssSelector("section.statements")).getText()).contains("Toshimitsu Motegi");

		int before = driver().findElements(By.cssSelector(".curation-statement")).size();
		clickAndWaitForPage(fixed.findElement(By.xpath(".//button[normalize-space()='Detach from this encounter']")));
		assertThat(main()).contains("Statement detached.");
		assertThat(driver().findElements(By.cssSelector(".curation-statement"))).hasSize(before - 1);
		assertThat(driver().findElement(By.cssSelector("section.statements")).getText()).doesNotContain(text);

		open("/encounters/" + encounter("toshimitsu-motegi", "2019-12-15") + "/history");
		assertThat(main()).contains("Statement speaker fixed by test-editor", "Statement detached by test-editor");
	}

	@Test
	void anEditorMergesTwoEncountersAndSplitsThemAgain() {
		signIn("test-editor");
		long held = encounter("toshimitsu-motegi", "2019-12-15");
		long cancelled = encounter("toshimitsu-motegi", "2019-12-23");
		open("/encounters/" + held);
		driver().findElement(By.id("merge-other")).sendKeys(url("/encounters/" + cancelled));
		clickAndWaitForPage(driver().findElement(By.xpath("//button[normalize-space()='Merge it into this one']")));
		assertThat(main()).contains("Encounters merged.", "Madrid", "Corrected by an editor");
		assertThat(dated("2019-12-23")).isEmpty();
		long merged = idInAddress();
		axe("merged encounter");

		// the cancelled meeting's account, now a source of the merged encounter, is split away again
		long source = transaction.execute(s -> encounters.findDetailed(merged)
			.orElseThrow()
			.getSources()
			.stream()
			.filter(src -> src.getAccountKey().contains("cancelled"))
			.map(EncounterSource::getId)
			.findFirst()
			.orElseThrow());
		new Select(driver().findElement(By.id("split-source"))).selectByValue(Long.toString(source));
		clickAndWaitForPage(driver().findElement(By.xpath("//button[normalize-space()='Split this source away']")));
		assertThat(main()).contains("Source split away.");
		assertThat(dated("2019-12-23")).hasSize(1);

		open("/encounters/" + encounter("toshimitsu-motegi", "2019-12-15") + "/history");
		assertThat(main()).contains("Extracted from", "Merged by test-editor", "Source split away by test-editor");
		axe("history");
	}

	@Test
	void anEditorRejectsAndRestoresAnEncounterThenConfirmsItFromTheQueue() {
		signIn("test-editor");
		long nagoya = encounter("toshimitsu-motegi", "2019-11-23");
		open("/encounters/" + nagoya);
		driver().findElement(By.id("reject-note")).sendKeys("not in the article");
		clickAndWaitForPage(driver().findElement(By.xpath("//button[normalize-space()='Reject this encounter']")));
		assertThat(driver().getCurrentUrl()).endsWith("/admin/review");
		WebElement rejected = driver().findElement(By.xpath("//section[h2[starts-with(., 'Rejected encounters')]]"));
		assertThat(rejected.getText()).contains("not in the article");

		// hidden from readers
		signOut();
		open("/encounters/" + nagoya);
		assertThat(main()).contains("There is no encounter with this number.");
		assertThat(dated("2019-11-23")).isEmpty();

		signIn("test-editor");
		open("/admin/review");
		clickAndWaitForPage(driver().findElement(By.xpath(
				"//section[h2[starts-with(., 'Rejected encounters')]]//li[contains(., 'not in the article')]//button")));
		assertThat(main()).contains("Encounter restored.", "Nagoya");
		long restored = idInAddress();

		// told by one passing mention only, it is back in the queue; one click confirms it
		open("/admin/review");
		WebElement item = driver().findElement(By.id("review-" + restored));
		assertThat(item.getText()).contains("One passing mention only");
		clickAndWaitForPage(item.findElement(By.xpath(".//button[normalize-space()='Confirm']")));
		assertThat(driver().getCurrentUrl()).endsWith("/admin/review");
		assertThat(main()).contains("Encounter confirmed.");
		assertThat(driver().findElements(By.id("review-" + restored))).isEmpty();

		signOut();
		open("/encounters/" + restored);
		assertThat(main()).contains("Confirmed by an editor");
		open("/encounters/" + restored + "/history");
		assertThat(main()).contains("Rejected by test-editor", "(withdrawn)", "Confirmed by test-editor");

		// the timeline marks it, and the JSON API carries its curation state and its history
		open("/");
		assertThat(driver().findElement(By.id("encounter-" + restored)).getText()).contains("Confirmed by an editor");
		Object api = js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				Promise.all([fetch('/api/timeline').then(r => r.json()),
						fetch('/api/encounters/' + arguments[0] + '/history').then(r => r.json())])
					.then(([doc, history]) => done([doc.encounters.find(e => e.id === arguments[0]).curation]
						.concat(history.map(h => h.kind + (h.withdrawn ? ' withdrawn' : '')))),
						e => done([String(e)]));
				""", restored);
		assertThat(api).asList().first().isEqualTo("confirmed");
		assertThat(api).asList().contains("extracted", "reject withdrawn", "confirm");
	}

	@Test
	void anEditorAddsAMissedEncounterWithEvidenceAndCorrectsTheArticle() {
		signIn("test-editor");
		long article = articleId("001_");
		open("/articles/" + article);
		clickAndWaitForPage(driver().findElement(By.linkText("Add an encounter the extractor missed")));
		axe("add an encounter");
		Select who = new Select(driver().findElement(By.id("ad-participants")));
		who.selectByValue("kang-kyung-wha");
		who.selectByValue("toshimitsu-motegi");
		driver().findElement(By.id("ad-date")).sendKeys("2019-10-15");
		driver().findElement(By.id("ad-city")).sendKeys("Tokyo");
		new Select(driver().findElement(By.id("ad-level"))).selectByValue("foreign-ministers");
		new Select(driver().findElement(By.id("ad-role"))).selectByValue("mentioned");
		WebElement firstSentence = driver().findElement(By.cssSelector("label[for='ev-1']"));
		String evidence = firstSentence.getText();
		firstSentence.click();
		assertThat(driver().findElement(By.id("ev-1")).isSelected()).isTrue();
		driver().findElement(By.id("ad-note")).sendKeys("missed by the extractor");
		clickAndWaitForPage(driver().findElement(By.xpath("//button[normalize-space()='Add the encounter']")));
		assertThat(main()).contains("Encounter added.", "Tokyo", "Kang Kyung", "Toshimitsu Motegi", "Corrected by an editor");
		long added = idInAddress();
		assertThat(driver().findElement(By.cssSelector("section.sources")).getText()).contains(evidence.substring(0, 40));
		open("/encounters/" + added + "/history");
		assertThat(main()).contains("Added by test-editor", "missed by the extractor");

		open("/articles/" + article);
		clickAndWaitForPage(driver().findElement(By.linkText("Correct the title, outlet, address or date")));
		axe("correct an article");
		WebElement outlet = driver().findElement(By.id("af-outlet"));
		outlet.clear();
		outlet.sendKeys("Kyodo News");
		WebElement title = driver().findElement(By.id("af-title"));
		title.clear();
		title.sendKeys("Motegi and Kang meet briefly in Madrid");
		clickAndWaitForPage(driver().findElement(By.xpath("//button[normalize-space()='Save corrections']")));
		assertThat(driver().getCurrentUrl()).endsWith("/articles/" + article);
		assertThat(main()).contains("Article corrected.", "Kyodo News", "Motegi and Kang meet briefly in Madrid");
	}

	@Test
	void anAdminManagesEditorAccountsAndAnEditorMayNot() {
		signIn("test-admin");
		open("/admin/accounts");
		axe("accounts");
		driver().findElement(By.id("acc-username")).sendKeys("browser-editor");
		driver().findElement(By.id("acc-password")).sendKeys("a long browser passphrase");
		clickAndWaitForPage(driver().findElement(By.xpath("//button[normalize-space()='Create the account']")));
		assertThat(main()).contains("Account created.", "browser-editor");

		signIn("browser-editor", "a long browser passphrase");
		open("/admin/review");
		assertThat(driver().getCurrentUrl()).endsWith("/admin/review");
		open("/admin/accounts");
		assertThat(main()).contains("Not allowed").doesNotContain("Create the account");

		signIn("test-admin");
		open("/admin/accounts");
		clickAndWaitForPage(driver().findElement(By.xpath("//tr[td[1][normalize-space()='browser-editor']]//button[normalize-space()='Disable']")));
		assertThat(main()).contains("Account disabled");

		signIn("browser-editor", "a long browser passphrase");
		assertThat(driver().getCurrentUrl()).contains("/login");
		open("/admin/review");
		assertThat(driver().getCurrentUrl()).endsWith("/login");
	}

	private void signIn(String user) {
		signIn(user, PASSWORD);
	}

	private void signIn(String user, String password) {
		signOut();
		open("/login");
		driver().findElement(By.id("username")).sendKeys(user);
		driver().findElement(By.id("password")).sendKeys(password);
		clickAndWaitForPage(driver().findElement(By.cssSelector("form.admin-form button[type=submit]")));
	}

	private void signOut() {
		open("/login");
		driver().manage().deleteAllCookies();
	}

	private String main() {
		return visible(By.tagName("main")).getText();
	}

	private void axe(String page) {
		Axe.seriousViolations(chromium().driver()).forEach(v -> problems.add(page + ": " + v));
	}

	private long idInAddress() {
		return Long.parseLong(driver().getCurrentUrl().replaceFirst("^.*/encounters/(\\d+).*$", "$1"));
	}

	/** The first statement's correction forms on the encounter page. */
	private WebElement statementForm() {
		return driver().findElement(By.cssSelector(".curation-statement"));
	}

	private long encounter(String person, String day) {
		return transaction.execute(s -> encounters.findTimeline()
			.stream()
			.filter(e -> e.getDate() != null && e.getDate().start().toString().equals(day))
			.filter(e -> e.getParticipants().stream().anyMatch(p -> p.getPerson().getKey().equals(person)))
			.map(Encounter::getId)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no encounter of " + person + " on " + day)));
	}

	/** Ids of the encounters readers see on a day. */
	private List<Long> dated(String day) {
		return transaction.execute(s -> encounters.findTimeline()
			.stream()
			.filter(e -> e.getDate() != null && e.getDate().start().toString().equals(day))
			.map(Encounter::getId)
			.toList());
	}

	private long articleId(String filePrefix) {
		return transaction.execute(s -> articles.findAllByOrderByFileName()
			.stream()
			.filter(a -> a.getFileName().startsWith(filePrefix))
			.findFirst()
			.orElseThrow()
			.getId());
	}
}
