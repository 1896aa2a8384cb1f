package org.diplomatictimeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * An editor in a real browser, under the real Content-Security-Policy: sign in through the form,
 * upload two files, read the preview, save, and read the summary. The pages pass axe's serious checks.
 */
@BrowserTest
class EditorBrowserTest extends BrowserTestSupport {

	@TempDir
	Path folder;

	@Test
	void signInUploadPreviewAndSave() throws IOException {
		String seed = Files.readString(Path.of("data/articles/003_a04783555e05340d.txt"));
		Path good = Files.writeString(folder.resolve("new-york.txt"), seed + "\nBrowser copy " + UUID.randomUUID() + "\n");
		Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
		List<String> problems = new ArrayList<>();

		open("/admin/articles/new");
		assertThat(driver().getCurrentUrl()).endsWith("/login");
		Axe.seriousViolations(chromium().driver()).forEach(v -> problems.add("login: " + v));
		Screenshots.save(chromium().driver(), "editor-sign-in");
		driver().findElement(By.id("username")).sendKeys("test-editor");
		driver().findElement(By.id("password")).sendKeys("test-editor-password");
		clickAndWaitForPage(driver().findElement(By.cssSelector("form.admin-form button[type=submit]")));

		assertThat(driver().getCurrentUrl()).contains("/admin/articles/new");
		Axe.seriousViolations(chromium().driver()).forEach(v -> problems.add("upload: " + v));
		Screenshots.save(chromium().driver(), "editor-add-articles");
		driver().findElement(By.id("files")).sendKeys(good.toAbsolutePath() + "\n" + empty.toAbsolutePath());
		clickAndWaitForPage(driver().findElement(By.cssSelector("form[enctype='multipart/form-data'] button")));

		String preview = visible(By.tagName("main")).getText();
		assertThat(preview).contains("new-york.txt", "Fumio Kishida", "Yoon Suk Yeol", "empty.txt", "the file is empty");
		Axe.seriousViolations(chromium().driver()).forEach(v -> problems.add("preview: " + v));
		Screenshots.save(chromium().driver(), "editor-preview");
		clickAndWaitForPage(driver().findElement(By.xpath("//button[normalize-space()='Save']")));

		String summary = visible(By.tagName("main")).getText();
		assertThat(summary).contains("1 new, 0 already present, 1 rejected", "new-york.txt", "the file is empty");
		Screenshots.save(chromium().driver(), "editor-saved");
		assertThat(problems).isEmpty();
	}
}
