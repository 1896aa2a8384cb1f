package org.diplomatictimeline.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.diplomatictimeline.ingest.reference.ReferenceData;

/**
 * The extraction pipeline: one article's text in, its encounters, statements and dispute topics out.
 * Plain Java, no Spring; thread-safe once built (every step keeps only read-only indexes, per-article
 * state lives in an {@link ArticleContext}).
 *
 * <p>Steps: front matter → sentences → officials → dates → places and occasions → reference date →
 * meeting frames → encounters → dispute topics → statements.
 */
public final class ArticleExtractor {

	private final FrontMatterParser frontMatter = new FrontMatterParser();

	private final SentenceSplitter splitter;

	private final OfficialFinder officials;

	private final DateFinder dates = new DateFinder();

	private final PlaceFinder places;

	private final GatheringFinder gatherings;

	private final GenericReferenceFinder generics;

	private final ReferenceDateInferrer referenceDates;

	private final FrameFinder frames;

	private final EncounterAssembler encounters;

	private final DisputeClassifier disputes;

	private final StatementFinder statements;

	public ArticleExtractor(ReferenceData reference) {
		this.splitter = new SentenceSplitter(reference);
		this.officials = new OfficialFinder(reference, new NameIndex(reference));
		this.places = new PlaceFinder(reference);
		this.gatherings = new GatheringFinder(reference);
		this.generics = new GenericReferenceFinder(reference);
		this.referenceDates = new ReferenceDateInferrer(reference);
		this.frames = new FrameFinder(reference, generics);
		this.encounters = new EncounterAssembler(reference, gatherings);
		this.disputes = new DisputeClassifier(reference);
		this.statements = new StatementFinder(officials, reference);
	}

	/**
	 * @param fileName the article's file name (used only in notes)
	 * @param rawText the whole file, possibly starting with a front-matter block
	 */
	public Extraction extract(String fileName, String rawText) {
		FrontMatter fm = frontMatter.parse(rawText == null ? "" : rawText);
		String body = fm.body();
		ArticleContext ctx = new ArticleContext(fm.metadata(), body, splitter.split(body));
		for (Sentence s : ctx.usable()) {
			ctx.dates.set(s.index(), dates.find(s));
			ctx.places.set(s.index(), places.find(s));
			ctx.gatherings.set(s.index(), gatherings.find(s));
			ctx.generics.set(s.index(), generics.find(s));
		}
		ctx.dateline = datelinePlace(ctx);
		ctx.setOfficials(officials.find(ctx.sentences, null));
		referenceDates.infer(ctx);
		if (ctx.referenceDate != null) {
			ctx.setOfficials(officials.find(ctx.sentences, ctx.referenceDate));
		}
		List<EncounterAssembler.Draft> drafts = encounters.assemble(ctx, frames.find(ctx));
		List<ExtractedEncounter> found = encounters.build(ctx, drafts, disputes);
		List<ExtractedStatement> said = statements.find(ctx, found);
		List<String> notes = new ArrayList<>();
		if (fileName != null) {
			notes.add("file: " + fileName);
		}
		notes.addAll(ctx.notes);
		return new Extraction(fm.metadata(), body, ctx.referenceDate, List.copyOf(found), List.copyOf(said),
				disputes.forArticle(ctx), List.copyOf(notes));
	}

	private PlaceMention datelinePlace(ArticleContext ctx) {
		List<Sentence> usable = ctx.usable();
		for (int i = 0; i < Math.min(4, usable.size()); i++) {
			PlaceMention p = places.dateline(usable.get(i));
			if (p != null) {
				return p;
			}
		}
		return null;
	}
}
