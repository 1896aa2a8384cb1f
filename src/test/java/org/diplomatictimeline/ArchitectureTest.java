package org.diplomatictimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.diplomatictimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** Extraction is plain Java: fast to unit-test and usable without the application. */
	@ArchTest
	static final ArchRule extractionIsPlainJava = noClasses().that()
		.resideInAnyPackage("..ingest.extract..", "..ingest.reference..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..");

	/** The pipeline knows nothing of how its results are stored or shown. */
	@ArchTest
	static final ArchRule extractionDoesNotReachIntoFeatures = noClasses().that()
		.resideInAnyPackage("..ingest.extract..", "..ingest.reference..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..article..", "..encounter..", "..statement..", "..person..", "..dispute..",
				"..timeline..");

	/** The shared vocabulary sits below everything else: dates and encounter words depend on nothing of ours. */
	@ArchTest
	static final ArchRule domainDependsOnNothingOfOurs = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..ingest..", "..article..", "..encounter..", "..statement..", "..person..",
				"..dispute..", "..timeline..", "..insights..", "..system..");

	/** Pages and stored entities speak the domain vocabulary, never the extractor's types. */
	@ArchTest
	static final ArchRule featuresDoNotImportTheExtractor = noClasses().that()
		.resideInAnyPackage("..article..", "..encounter..", "..statement..", "..person..", "..dispute..",
				"..timeline..", "..insights..", "..system..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..ingest.extract..");

	/** Repositories are reached through services, never straight from web controllers of another feature. */
	@ArchTest
	static final ArchRule entitiesDoNotDependOnControllers = noClasses().that()
		.areAnnotatedWith(jakarta.persistence.Entity.class)
		.should()
		.dependOnClassesThat()
		.areAnnotatedWith(org.springframework.stereotype.Controller.class);

	/**
	 * No cycles between packages: each feature can be read, tested and changed from the ones below it
	 * (domain and system at the bottom; article and person; encounter; statement; dispute; then timeline,
	 * insights, curation and ingest on top). A feature that needs something of a feature above it asks
	 * through an interface it owns, or the shared type moves below both.
	 * <p>
	 * {@link #KNOWN_PAGE_CYCLES} are the exception still to remove: the article, encounter and person
	 * pages show the encounters and statements above them. Nothing else may join them.
	 */
	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = freeOfCycles("org.diplomatictimeline");

	/** The page classes that still reach up to the encounter and statement packages (see above). */
	static final List<String> KNOWN_PAGE_CYCLES = List.of("org.diplomatictimeline.article.ArticlePageService",
			"org.diplomatictimeline.article.ArticleDetail", "org.diplomatictimeline.encounter.EncounterPageService",
			"org.diplomatictimeline.encounter.EncounterDetail", "org.diplomatictimeline.person.PersonPageService",
			"org.diplomatictimeline.person.PersonDetail");

	static ArchRule freeOfCycles(String root) {
		DescribedPredicate<JavaClass> knownPage = DescribedPredicate.describe("a page known to reach up",
				c -> KNOWN_PAGE_CYCLES.stream().anyMatch(name -> c.getName().equals(name) || c.getName().startsWith(name + "$")));
		DescribedPredicate<JavaClass> above = DescribedPredicate.describe("in the encounter or statement package",
				c -> c.getPackageName().equals(root + ".encounter") || c.getPackageName().equals(root + ".statement"));
		return slices().matching(root + ".(**)").should().beFreeOfCycles().ignoreDependency(knownPage, above);
	}
}
