package org.diplomatictimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
