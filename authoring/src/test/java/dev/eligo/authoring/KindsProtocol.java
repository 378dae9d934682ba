package dev.eligo.authoring;

import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The test protocol NCT00000011 (record kinds beyond the sample's, screening inputs, windows next
 * to an input), checked and compiled in memory, and where its files are.
 */
public final class KindsProtocol {
  public static final Path DIRECTORY = Path.of("src/test/resources/kinds");

  private static CheckedFile checked;
  private static ProtocolEvaluator evaluator;

  private KindsProtocol() {}

  public static synchronized CheckedFile checked() {
    if (checked == null) {
      checked = EligoCompiler.analyze(source()).checkedFile().orElseThrow();
    }
    return checked;
  }

  public static synchronized ProtocolEvaluator evaluator() {
    if (evaluator == null) {
      evaluator = Sample.evaluatorOf(source(), "dev.eligo.kinds");
    }
    return evaluator;
  }

  private static SourceFile source() {
    try {
      return SourceFile.read(DIRECTORY.resolve("NCT00000011.eligo"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
