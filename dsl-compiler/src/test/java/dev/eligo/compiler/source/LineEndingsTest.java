package dev.eligo.compiler.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files saved with line feeds, with carriage returns and line feeds (Windows) or with carriage
 * returns alone (old Mac editors) give a mistake the same line and column, and print the same
 * source line; a byte order mark is not part of the text.
 */
class LineEndingsTest {
  private static final List<String> LINES =
      List.of(
          "protocol NCT00000001",
          "  title \"Line endings\"",
          "  version \"1\"",
          "",
          "inclusion I1 \"Adult.\"",
          "  = agee >= 18 years");

  @ParameterizedTest(name = "{index}")
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void mistake_hasTheSamePlace_whateverEndsTheLines(String ending) {
    for (String text : List.of(String.join(ending, LINES), String.join(ending, LINES) + ending)) {
      for (String withMark : List.of(text, "\uFEFF" + text)) {
        SourceFile file = new SourceFile("endings.eligo", withMark);

        List<Diagnostic> errors = EligoCompiler.check(file).errors();

        assertThat(errors).hasSize(1);
        Diagnostic error = errors.get(0);
        assertThat(error.span().line()).isEqualTo(6);
        assertThat(error.span().column()).isEqualTo(5);
        assertThat(error.span().endLine()).isEqualTo(6);
        assertThat(error.span().endColumn()).isEqualTo(9);
        assertThat(file.line(6)).isEqualTo("  = agee >= 18 years");
        assertThat(file.line(5)).isEqualTo("inclusion I1 \"Adult.\"");
        assertThat(file.line(4)).isEmpty();
        assertThat(file.line(1)).isEqualTo("protocol NCT00000001");
        assertThat(DiagnosticPrinter.print(error))
            .isEqualTo(
                "endings.eligo:6:5: error[ELG0201]: unknown name 'agee'; did you mean 'age'?\n"
                    + " 6 |   = agee >= 18 years\n"
                    + "   |     ^^^^\n");
      }
    }
  }

  @ParameterizedTest(name = "{index}")
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void lineAfterTheEnd_isEmpty(String ending) {
    SourceFile file = new SourceFile("endings.eligo", String.join(ending, LINES));

    assertThat(file.line(7)).isEmpty();
    assertThat(file.line(20)).isEmpty();
  }
}
