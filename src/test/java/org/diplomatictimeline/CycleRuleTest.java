package org.diplomatictimeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

/** The package-cycle rule of the architecture test fails on a cycle: two packages that use each other. */
class CycleRuleTest {

	@Test
	void twoPackagesThatUseEachOtherAreRejected() {
		var classes = new ClassFileImporter().importPackages("org.diplomatictimeline.architecture.cycle");

		EvaluationResult result = ArchitectureTest.freeOfCycles("org.diplomatictimeline.architecture.cycle")
			.evaluate(classes);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("Cycle detected").contains("one").contains("two");
	}
}
