package org.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.Formality;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.domain.StatementKind;
import org.diplomatictimeline.timeline.Facet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every visible string of the templates comes from messages.properties, every key used exists, and
 * nothing in a template needs inline script or style (the pages run under a strict CSP).
 */
class TemplateTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a person reads or hears: literal text in them must come from the bundle. */
	private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder",
			"value", "label");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)\\s*[}(]");

	private static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg\\('([A-Za-z0-9_.-]+)'\\s*\\)");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static Properties messages;

	private static List<Path> templates;

	@BeforeAll
	static void load() throws IOException {
		messages = new Properties();
		try (InputStream in = TemplateTextTest.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(templates).isNotEmpty();
	}

	@Test
	void noLiteralTextOutsideMessageBackedElements() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates) {
			Document doc = Jsoup.parse(Files.readString(template));
			for (Element element : doc.getAllElements()) {
				if (replacesContent(element) || element.tagName().equals("title") && hasAttr(element, "th:text")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find() && !insideReplacedElement(element)) {
						problems.add(name(template) + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()
							&& !isMachineValue(element, attribute)) {
						problems.add(name(template) + ": attribute " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyUsedExists() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Path template : templates) {
			String source = Files.readString(template);
			for (Pattern pattern : List.of(STATIC_KEY, MSG_CALL)) {
				Matcher m = pattern.matcher(source);
				while (m.find()) {
					if (!messages.containsKey(m.group(1))) {
						missing.add(name(template) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyCodeShownThroughAComputedKeyHasAMessage() {
		List<String> keys = new ArrayList<>();
		Stream.of(EncounterKind.values()).forEach(v -> keys.add("kind." + v.code()));
		Stream.of(EncounterLevel.values()).forEach(v -> keys.add("level." + v.code()));
		Stream.of(EncounterStatus.values()).forEach(v -> keys.add("status." + v.code()));
		Stream.of(Formality.values()).forEach(v -> keys.add("formality." + v.code()));
		Stream.of(SourceRole.values()).forEach(v -> keys.add("role." + v.code()));
		Stream.of(StatementKind.values()).forEach(v -> keys.add("statement.kind." + v.code()));
		Stream.of(Facet.values()).forEach(v -> keys.add("facet." + v.param()));
		Stream.of("encounter", "article", "dispute", "person").forEach(v -> keys.add("error.404." + v));
		Stream.of("unknown.dispute", "unknown.person", "unknown.level", "unknown.kind", "unknown.status", "bad.year",
				"years.swapped", "text.shortened").forEach(v -> keys.add("filter." + v));

		assertThat(keys).allMatch(messages::containsKey);
	}

	@Test
	void noInlineScriptStyleOrEventHandlers() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates) {
			Document doc = Jsoup.parse(Files.readString(template));
			doc.select("style").forEach(e -> problems.add(name(template) + ": <" + e.tagName() + ">"));
			// scripts are static files (script-src 'self'): a src and no inline code
			doc.select("script")
				.stream()
				.filter(e -> !(e.hasAttr("src") || e.hasAttr("th:src")) || !e.data().isBlank())
				.forEach(e -> problems.add(name(template) + ": inline <script>"));
			for (Element element : doc.getAllElements()) {
				for (Attribute attribute : element.attributes()) {
					String key = attribute.getKey();
					if (key.startsWith("on") || key.equals("style") || key.equals("th:style")
							|| key.startsWith("th:on") || key.equals("th:utext")) {
						problems.add(name(template) + ": " + key + " on <" + element.tagName() + ">");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static boolean replacesContent(Element element) {
		return hasAttr(element, "th:text") || hasAttr(element, "th:replace") || hasAttr(element, "th:insert");
	}

	private static boolean insideReplacedElement(Element element) {
		for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
			if (replacesContent(parent)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMachineValue(Element element, Attribute attribute) {
		// a value replaced at render time, a hidden form field or the layout's title pattern is not read as written
		return hasAttr(element, "th:" + attribute.getKey()) || insideReplacedElement(element)
				|| replacesContent(element) && attribute.getKey().equals("value")
				|| "hidden".equals(element.attr("type"));
	}

	private static boolean hasAttr(Element element, String name) {
		return element.hasAttr(name);
	}

	private static String name(Path template) {
		return TEMPLATES.relativize(template).toString();
	}
}
