package dev.eligo.authoring.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.authoring.Sample;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.RecordSources;
import dev.eligo.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A generated evaluator names the resource types it reads ({@link RecordSources}), and a reader
 * passes over the rest; the data requirements name the same types with their codes. Held together
 * here for every criteria file of the repository: the evaluator reads at least what the
 * requirements fetch, and each declaration is read from the same types in both.
 */
class EvaluatorReadsRequirementsTest {

  @Test
  void everyCriteriaFile_evaluatorReadsWhatItsRequirementsFetch() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(Sample.ROOT)) {
      files =
          all.filter(f -> f.toString().endsWith(".eligo"))
              .filter(f -> !f.toString().contains("/target/"))
              .sorted()
              .toList();
    }
    int checkedFiles = 0;
    for (Path file : files) {
      Optional<CheckedFile> checked = EligoCompiler.analyze(SourceFile.read(file)).checkedFile();
      if (checked.isEmpty()) {
        continue; // files with errors on purpose
      }
      checkedFiles++;
      List<String> evaluatorReads = RecordSources.readBy(checked.get());
      assertThat(evaluatorReads)
          .as(file.toString())
          .containsAll(DataRequirements.of(checked.get()).resourceTypes());
      for (DataDeclaration declaration : checked.get().ast().declarations(DataDeclaration.class)) {
        assertThat(RecordSources.of(declaration))
            .as(file + ": " + declaration.name().text())
            .containsExactlyInAnyOrderElementsOf(
                FhirReads.of(declaration).stream()
                    .map(ResourceRead::resourceType)
                    .distinct()
                    .toList());
      }
    }
    assertThat(checkedFiles).isGreaterThan(90);
  }
}
