package org.diplomatictimeline.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.diplomatictimeline.domain.DatePrecision;
import org.diplomatictimeline.domain.EncounterKind;
import org.diplomatictimeline.domain.EncounterLevel;
import org.diplomatictimeline.domain.EncounterStatus;
import org.diplomatictimeline.domain.FuzzyDate;
import org.diplomatictimeline.domain.SourceRole;
import org.diplomatictimeline.domain.StatementKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-made gold annotations (the seeds' seeds-gold.json and the corpus' NNN_slug.gold.json files):
 * encounters with the files that report or mention them, statements, and dispute topics per article.
 */
record Gold(List<Encounter> encounters, List<Statement> statements, Map<String, List<String>> articleDisputes) {

	record Source(String file, SourceRole role) {
	}

	record Encounter(FuzzyDate date, String city, String country, List<String> participants, EncounterLevel level,
			EncounterKind kind, EncounterStatus status, List<Source> sources, List<String> disputes) {

		SourceRole roleIn(String file) {
			return sources.stream().filter(s -> s.file().equals(file)).map(Source::role).findFirst().orElse(null);
		}
	}

	record Statement(String file, String speaker, StatementKind kind, String quoteStarts, String encounter) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Gold read(Path file) {
		try {
			return parse(JSON.readTree(Files.readString(file)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Several gold files as one. */
	static Gold merge(List<Gold> parts) {
		List<Encounter> e = new ArrayList<>();
		List<Statement> s = new ArrayList<>();
		Map<String, List<String>> d = new TreeMap<>();
		for (Gold g : parts) {
			e.addAll(g.encounters());
			s.addAll(g.statements());
			d.putAll(g.articleDisputes());
		}
		return new Gold(e, s, d);
	}

	private static Gold parse(JsonNode root) {
		List<Encounter> encounters = new ArrayList<>();
		for (JsonNode e : root.path("encounters").values()) {
			List<String> participants = new ArrayList<>();
			e.path("participants").values().forEach(p -> participants.add(p.asString()));
			List<Source> sources = new ArrayList<>();
			for (JsonNode s : e.path("sources").values()) {
				sources.add(new Source(s.path("file").asString(), SourceRole.fromCode(s.path("role").asString())));
			}
			String date = text(e, "date");
			String precision = text(e, "precision");
			FuzzyDate fd = null;
			if (date != null) {
				fd = FuzzyDate.parse(date);
				if (precision != null) {
					fd = new FuzzyDate(fd.start(), DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)));
				}
			}
			List<String> disputes = new ArrayList<>();
			e.path("disputes").values().forEach(d -> disputes.add(d.asString()));
			encounters.add(new Encounter(fd, text(e, "city"), text(e, "country"), participants,
					EncounterLevel.fromCode(e.path("level").asString()), kind(e.path("kind").asString()),
					EncounterStatus.fromCode(e.path("status").asString("held")), sources, disputes));
		}
		List<Statement> statements = new ArrayList<>();
		for (JsonNode s : root.path("statements").values()) {
			statements.add(new Statement(s.path("file").asString(), s.path("speaker").asString(),
					StatementKind.fromCode(s.path("kind").asString()), text(s, "quote_starts"), text(s, "encounter")));
		}
		Map<String, List<String>> disputes = new TreeMap<>();
		for (JsonNode a : root.path("articles").values()) {
			List<String> d = new ArrayList<>();
			a.path("disputes").values().forEach(x -> d.add(x.asString()));
			disputes.put(a.path("file").asString(), d);
		}
		return new Gold(encounters, statements, disputes);
	}

	/** "brief" is the annotation guide's short form of "brief-encounter". */
	private static EncounterKind kind(String code) {
		return code.strip().equalsIgnoreCase("brief") ? EncounterKind.BRIEF_ENCOUNTER : EncounterKind.fromCode(code);
	}

	private static String text(JsonNode n, String field) {
		JsonNode v = n.get(field);
		if (v == null || v.isNull() || v.isMissingNode()) {
			return null;
		}
		String s = v.asString();
		return s == null || s.isBlank() ? null : s;
	}

	/** Gold encounters that list a file (any role). */
	List<Encounter> encountersOf(String file) {
		return encounters.stream().filter(e -> e.roleIn(file) != null).toList();
	}

	List<Statement> statementsOf(String file) {
		return statements.stream().filter(s -> s.file().equals(file)).toList();
	}
}
