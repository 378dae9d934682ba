package dev.eligo.cli.load;

import dev.eligo.authoring.requirements.DataRequirements;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.fhir.ReadScope;
import java.nio.file.Path;

/**
 * The FHIR resource types a protocol reads, from its data requirements: screening maps those and
 * passes over the rest, which no criterion of the protocol can see.
 */
public final class ProtocolReads {
  private ProtocolReads() {}

  /**
   * The read scope of a criteria file that has loaded without errors.
   *
   * @throws EvaluatorLoadException when the file cannot be read
   */
  public static ReadScope of(Path criteriaFile) throws EvaluatorLoadException {
    return EligoCompiler.analyze(CriteriaFiles.read(criteriaFile))
        .checkedFile()
        .map(checked -> ReadScope.of(DataRequirements.of(checked).resourceTypes()))
        .orElse(ReadScope.everything());
  }
}
