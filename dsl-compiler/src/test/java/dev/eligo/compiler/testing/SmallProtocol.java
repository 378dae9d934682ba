package dev.eligo.compiler.testing;

import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.source.SourceFile;
import java.util.List;

/**
 * A protocol of a few lines for checker tests: a fixed header with a PSA observation, then the
 * lines under test. Positions are given relative to those lines, so a case reads on its own.
 */
public final class SmallProtocol {
  private static final List<String> HEADER =
      List.of(
          "protocol NCT00000001",
          "  title \"Checker test protocol\"",
          "  version \"1\"",
          "codesystem LOINC = \"http://loinc.org\"",
          "observation psa \"PSA\": LOINC {2857-1}",
          "  quantity 'ng/mL'");

  private SmallProtocol() {}

  /** The whole file: the header, then {@code lines}. */
  public static String source(String... lines) {
    return String.join("\n", HEADER) + "\n" + String.join("\n", lines) + "\n";
  }

  /**
   * Each error as {@code line:column CODE message}, the line counted from the first line under
   * test.
   */
  public static List<String> errors(String... lines) {
    return errorsOf(source(lines));
  }

  /** The errors of a whole file, as {@link #errors} gives them. */
  public static List<String> errorsOf(String source) {
    return EligoCompiler.compile(
            new SourceFile("small.eligo", source), CompilerOptions.inPackage("dev.eligo.small"))
        .errors()
        .stream()
        .map(
            d ->
                (d.line() - HEADER.size())
                    + ":"
                    + d.column()
                    + " "
                    + d.code().id()
                    + " "
                    + d.message())
        .toList();
  }
}
