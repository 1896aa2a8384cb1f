package org.diplomatictimeline.ingest.extract;

/** A readable listing of an extraction, for test failure messages and the evaluation report. */
final class ExtractionDump {

	private ExtractionDump() {
	}

	static String of(Extraction x) {
		StringBuilder sb = new StringBuilder();
		sb.append("reference date ").append(x.referenceDate()).append('\n');
		for (int i = 0; i < x.encounters().size(); i++) {
			ExtractedEncounter e = x.encounters().get(i);
			sb.append("  [").append(i).append("] ").append(e.role()).append(' ').append(e.status()).append(' ')
				.append(e.date()).append(' ').append(e.city()).append('/').append(e.country()).append(' ')
				.append(e.kind()).append(' ').append(e.level()).append(' ').append(e.formality()).append(' ')
				.append(e.durationMinutes()).append("min ").append(e.occasion()).append(' ');
			e.participants().forEach(p -> sb.append(p.name()).append('(').append(p.office()).append(") "));
			sb.append(e.disputes()).append('\n');
			for (TextSpan t : e.evidence()) {
				String s = t.of(x.body());
				sb.append("      | ").append(s.length() > 110 ? s.substring(0, 110) + "…" : s).append('\n');
			}
		}
		for (ExtractedStatement s : x.statements()) {
			String t = s.text().length() > 90 ? s.text().substring(0, 90) + "…" : s.text();
			sb.append("  said ").append(s.kind()).append(' ').append(s.speaker().name()).append(" via ").append(s.via())
				.append(" on ").append(s.date()).append(" enc ").append(s.encounterIndex()).append(": ").append(t).append('\n');
		}
		sb.append("  disputes ").append(x.disputes()).append('\n');
		x.notes().forEach(n -> sb.append("  note ").append(n).append('\n'));
		return sb.toString();
	}
}
