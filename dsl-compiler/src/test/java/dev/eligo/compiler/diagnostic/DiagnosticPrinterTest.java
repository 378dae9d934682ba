package dev.eligo.compiler.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The printed form of diagnostics: {@code file:line:col: error[CODE]: message}, the source line
 * with its number, and a caret line under exactly the columns of the place.
 */
class DiagnosticPrinterTest {
  private static final String HEADER =
      """
      protocol NCT00000005
      codesystem LOINC = "http://loinc.org"
      observation psa "PSA": LOINC {2857-1}
        quantity 'ng/mL'
      """;

  @Test
  void print_threeCheckErrors_printsEachWithSourceLineAndCaretsThenCounts() {
    SourceFile source =
        TestResources.read(TestResources.directory("multiple").resolve("threeCheckErrors.eligo"));

    String printed = DiagnosticPrinter.print(EligoCompiler.check(source).diagnostics());

    assertThat(printed)
        .isEqualTo(
            """
        threeCheckErrors.eligo:13:12: error[ELG0212]: 'mal' cannot be tested: write 'sex is male' or 'sex is female' \
        (a record saying other or unknown leaves both unknown)
         13 |   = sex is mal
            |            ^^^
        threeCheckErrors.eligo:16:27: error[ELG0201]: unknown name 'pas'; did you mean 'psa'?
         16 | define recentPsa = latest pas within 28 days before screening
            |                           ^^^
        threeCheckErrors.eligo:20:5: error[ELG0302]: 'ng/mL' (mass concentration) cannot be compared with 'mmol/L' \
        (substance concentration) (declare a molar mass or a factor on psa to convert between them)
         20 |   = latest psa within 28 days before screening > 10 'mmol/L' or recentPsa > 10 'ng/mL'
            |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        3 errors, 0 warnings
        """);
  }

  @Test
  void print_errorAfterUnicodeOnItsLine_placesCaretByCodePoints() {
    String text = HEADER + "inclusion I1 \"① Age ≥ 18\" = agee >= 18 years and exists psa\n";

    String printed = printFirst(text);

    assertThat(printed)
        .isEqualTo(
            """
        printed.eligo:5:29: error[ELG0201]: unknown name 'agee'; did you mean 'age'?
         5 | inclusion I1 "① Age ≥ 18" = agee >= 18 years and exists psa
           |                             ^^^^
        """);
  }

  @Test
  void print_errorFarIntoAVeryLongLine_showsTheLineAroundIt() {
    String text =
        HEADER + "inclusion I1 \"" + "x".repeat(300) + "\" = agee >= 18 years and exists psa\n";

    String printed = printFirst(text);

    String[] lines = printed.split("\n");
    assertThat(lines[0])
        .isEqualTo("printed.eligo:5:319: error[ELG0201]: unknown name 'agee'; did you mean 'age'?");
    assertThat(lines[1]).startsWith(" 5 | ...xxx").endsWith("exists psa").hasSizeLessThan(200);
    int caret = lines[2].indexOf('^');
    assertThat(lines[1].substring(caret, caret + 4)).isEqualTo("agee");
    assertThat(lines[2].substring(caret)).isEqualTo("^^^^");
  }

  @Test
  void print_lineOf160CodePoints_isShownWhole() {
    String line = "inclusion I1 \"" + "x".repeat(111) + "\" = agee >= 18 years and exists psa";
    assertThat(line).hasSize(160);

    String printed = printFirst(HEADER + line + "\n");

    assertThat(printed)
        .isEqualTo(
            "printed.eligo:5:130: error[ELG0201]: unknown name 'agee'; did you mean 'age'?\n"
                + " 5 | "
                + line
                + "\n"
                + "   | "
                + " ".repeat(129)
                + "^^^^\n");
  }

  @Test
  void print_lineOf161CodePoints_isShownFrom60BeforeThePlaceToItsEnd() {
    String line = "inclusion I1 \"" + "x".repeat(112) + "\" = agee >= 18 years and exists psa";
    assertThat(line).hasSize(161);

    String printed = printFirst(HEADER + line + "\n");

    // The place is column 131: 60 code points before it are shown, after '...'.
    assertThat(printed)
        .isEqualTo(
            "printed.eligo:5:131: error[ELG0201]: unknown name 'agee'; did you mean 'age'?\n"
                + " 5 | ..."
                + line.substring(70)
                + "\n"
                + "   | "
                + " ".repeat(63)
                + "^^^^\n");
  }

  @Test
  void print_errorNearTheStartOfAVeryLongLine_showsItsFirst160CodePoints() {
    String line = "inclusion I1 \"PSA\" = agee >= 18 years // " + "y".repeat(150);

    String printed = printFirst(HEADER + line + "\n");

    assertThat(printed)
        .isEqualTo(
            "printed.eligo:5:22: error[ELG0201]: unknown name 'agee'; did you mean 'age'?\n"
                + " 5 | "
                + line.substring(0, 160)
                + "...\n"
                + "   | "
                + " ".repeat(21)
                + "^^^^\n");
  }

  @Test
  void print_errorAt61_isShownFromTheLineStart_at62_fromOneCodePointIn() {
    String at61 =
        "inclusion I1 \"" + "x".repeat(42) + "\" = agee >= 18 years // " + "y".repeat(150);
    String at62 =
        "inclusion I1 \"" + "x".repeat(43) + "\" = agee >= 18 years // " + "y".repeat(150);

    String[] first = printFirst(HEADER + at61 + "\n").split("\n");
    String[] second = printFirst(HEADER + at62 + "\n").split("\n");

    assertThat(first[0]).startsWith("printed.eligo:5:61: ");
    assertThat(first[1]).isEqualTo(" 5 | " + at61.substring(0, 160) + "...");
    assertThat(first[2]).isEqualTo("   | " + " ".repeat(60) + "^^^^");
    assertThat(second[0]).startsWith("printed.eligo:5:62: ");
    assertThat(second[1]).isEqualTo(" 5 | ..." + at62.substring(1, 161) + "...");
    assertThat(second[2]).isEqualTo("   | " + " ".repeat(63) + "^^^^");
  }

  @Test
  void print_errorAfterAstralCharacter_countsItAsOneColumn() {
    String text = HEADER + "inclusion I1 \"\uD83E\uDDEA PSA\" = exists pas\n";

    String printed = printFirst(text);

    assertThat(printed)
        .isEqualTo(
            "printed.eligo:5:31: error[ELG0201]: unknown name 'pas'; did you mean 'psa'?\n"
                + " 5 | inclusion I1 \"\uD83E\uDDEA PSA\" = exists pas\n"
                + "   | "
                + " ".repeat(30)
                + "^^^\n");
  }

  @Test
  void print_tabBeforeError_keepsTheTabInTheCaretLine() {
    String text = HEADER + "inclusion I1 \"PSA\"\n\t= exists pas\n";

    String printed = printFirst(text);

    assertThat(printed)
        .isEqualTo(
            "printed.eligo:6:11: error[ELG0201]: unknown name 'pas'; did you mean 'psa'?\n"
                + " 6 | \t= exists pas\n"
                + "   | \t         ^^^\n");
  }

  @Test
  void print_spanOverSeveralLines_underlinesToTheEndOfTheFirst() {
    String text = HEADER + "inclusion I1 \"PSA\"\n  = latest psa\n    < 10 'mmol/L'\n";

    String printed = printFirst(text);

    assertThat(printed)
        .isEqualTo(
            "printed.eligo:6:5: error[ELG0302]: 'ng/mL' (mass concentration) cannot be compared with 'mmol/L' "
                + "(substance concentration) (declare a molar mass or a factor on psa to convert between them)\n"
                + " 6 |   = latest psa\n"
                + "   |     ^^^^^^^^^^\n");
  }

  @Test
  void print_warning_saysWarningAndCountsIt() {
    String text = HEADER + "define unused = 3 days\ninclusion I1 \"PSA\" = exists psa\n";

    CompilationResult result = EligoCompiler.check(new SourceFile("printed.eligo", text));

    assertThat(DiagnosticPrinter.print(result.diagnostics()))
        .isEqualTo(
            """
        printed.eligo:5:8: warning[ELG0209]: definition 'unused' is never used
         5 | define unused = 3 days
           |        ^^^^^^
        0 errors, 1 warning
        """);
  }

  @Test
  void print_noDiagnostics_printsNothing() {
    assertThat(DiagnosticPrinter.print(java.util.List.of())).isEmpty();
  }

  private static String printFirst(String text) {
    CompilationResult result = EligoCompiler.check(new SourceFile("printed.eligo", text));
    assertThat(result.errors()).hasSize(1);
    return DiagnosticPrinter.print(result.errors().get(0));
  }
}
