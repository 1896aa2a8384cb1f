package org.diplomatictimeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.diplomatictimeline.encounter.Encounter;
import org.diplomatictimeline.encounter.EncounterRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a real browser: a reader sees no correction form but can report a problem; an editor signs in,
 * corrects an encounter on its page, sees it marked corrected, and its history says who did what.
 */
@BrowserTest
class CurationBrowserTest extends BrowserTestSupport {

	@Autowired
	EncounterRepository encounters;

	@Autowired
	TransactionTemplate transaction;

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
		List<String> problems = new ArrayList<>();

		open("/encounters/" + id);
		assertThat(driver().findElements(By.cssSelector("form[action$='/correct']"))).isEmpty();
		assertThat(driver().findElements(By.cssSelector("form[action$='/reject']"))).isEmpty();
		driver().findElement(By.cssSelector("details.report summary")).click();
		visible(By.id("report-text")).sendKeys("The talks were on the fourth of November.");
		clickAndWaitForPage(driver().findElement(By.cssSelector("details.report button[type=submit]")));
		assertThat(visible(By.tagName("main")).getText()).contains("Thank you: the editors will look at your report.");

		open("/login");
		driver().findElement(By.id("username")).sendKeys("test-editor");
		driver().findElement(By.id("password")).sendKeys("test-editor-password");
		clickAndWaitForPage(driver().findElement(By.cssSelector("form.admin-form button[type=submit]")));

		open("/encounters/" + id);
		Axe.seriousViolations(chromium().driver()).forEach(v -> problems.add("editor encounter page: " + v));
		var duration = driver().findElement(By.id("cf-duration"));
		duration.clear();
		duration.sendKeys("25");
		driver().findElement(By.id("cf-note")).sendKeys("per the ministry's readout");
		clickAndWaitForPage(driver().findElement(By.cssSelector("form.curation-form button[type=submit]")));
		String page = visible(By.tagName("main")).getText();
		assertThat(page).contains("Correction saved", "25 minutes", "Corrected by an editor");

		open("/admin/review");
		assertThat(visible(By.tagName("main")).getText()).contains("The talks were on the fourth of November.");
		Axe.seriousViolations(chromium().driver()).forEach(v -> problems.add("review queue: " + v));

		open("/encounters/" + id + "/history");
		assertThat(visible(By.tagName("main")).getText()).contains("Corrected by test-editor", "per the ministry's readout");
		assertThat(problems).isEmpty();
	}
}
