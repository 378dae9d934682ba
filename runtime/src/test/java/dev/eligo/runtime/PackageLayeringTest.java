package dev.eligo.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime's public API (the evaluator interface, the record model, results and explanations)
 * stands on its own; the support package for generated code builds on it, never the reverse; and no
 * two runtime packages depend on each other in a cycle.
 */
class PackageLayeringTest {
  private static JavaClasses runtime;

  @BeforeAll
  static void importRuntime() {
    runtime =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eligo.runtime");
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.eligo.runtime.(**)").should().beFreeOfCycles().check(runtime);
  }

  @Test
  void publicApiDoesNotDependOnInternalSupport() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.eligo.runtime.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.eligo.runtime.internal..")
        .because(
            "users program against the record model and results; generated code alone uses internal")
        .check(runtime);
  }

  @Test
  void recordModelDependsOnNothingElseOfTheRuntime() {
    noClasses()
        .that()
        .resideInAPackage("dev.eligo.runtime.record..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.eligo.runtime.result..", "dev.eligo.runtime.internal..")
        .check(runtime);
  }

  @Test
  void runtimeKnowsNothingOfFhirOrTheCompiler() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.hl7.fhir..", "ca.uhn..", "dev.eligo.compiler..", "org.antlr..", "com.palantir..")
        .check(runtime);
  }
}
