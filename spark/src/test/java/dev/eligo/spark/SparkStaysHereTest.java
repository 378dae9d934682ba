package dev.eligo.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The runtime, the FHIR mapping, the compiler and generated evaluators know nothing of Spark, Scala
 * or Hadoop.
 */
class SparkStaysHereTest {
  @Test
  void runtimeFhirCompilerAndGeneratedCode_dependOnNoSpark() {
    JavaClasses classes =
        new ClassFileImporter()
            .importPackages(
                "dev.eligo.runtime", "dev.eligo.fhir", "dev.eligo.compiler", "dev.eligo.examples");

    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
        .check(classes);
  }
}
