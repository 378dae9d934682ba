package dev.eligo.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.AstPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shape the parser gives expressions (precedence, nesting) and what survives a syntax error.
 */
class ParserTest {

  @ParameterizedTest(name = "parse_{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      # expression                                                  | S-expression
      not a and b                                                    | (and (not a) b)
      not (a and b)                                                  | (not (and a b))
      not not a                                                      | (not (not a))
      a or b and c                                                   | (or a (and b c))
      a and b or c and d                                             | (or (and a b) (and c d))
      a or b or c                                                    | (or a b c)
      latest x within 28 days before screening < 5 'g/L'             | (< (latest (within x (duration 28 days))) (quantity 5 'g/L'))
      exists a where b                                               | (exists (where a b))
      exists a where b and c                                         | (and (exists (where a b)) c)
      exists a where not b                                           | (exists (where a (not b)))
      exists (a where b and c)                                       | (exists (and (where a b) c))
      exists (a where (b and c))                                     | (exists (where a (and b c)))
      exists a within 5 years before screening where b               | (exists (where (within a (duration 5 years)) b))
      exists a at screening where active                             | (exists (where (at-screening a) active))
      if a then b else c                                             | (if a b c)
      if a then b else if c then d else e                            | (if a b (if c d e))
      if (if a then b else c) then d else e                          | (if (if a b c) d e)
      if a then if b then c else d else e                            | (if a (if b c d) e)
      if a then b else c or d                                        | (if a b (or c d))
      count r in l where c > 1                                       | (count-where r l (> c 1))
      count r in l where c > 1 >= 2                                  | (>= (count-where r l (> c 1)) 2)
      count l < 4                                                    | (< (count l) 4)
      any run in runs(s, 4) satisfies run.value > 2                  | (any run (call runs s 4) (> (. run value) 2))
      all step in pairs(run) satisfies (a and b)                     | (all step (call pairs run) (and a b))
      step.next.date - step.previous.date >= 7 days                  | (>= (- (. (. step next) date) (. (. step previous) date)) (duration 7 days))
      a - b - c                                                      | (- (- a b) c)
      a + b * c                                                      | (+ a (* b c))
      -a * b                                                         | (* (- a) b)
      1.5 * min(s).value                                             | (* 1.5 (. (call min s) value))
      alt >= 2.5 x ULN                                               | (>= alt (uln 2.5))
      alt >= 2.5 × ULN                                               | (>= alt (uln 2.5))
      route in ATC {J01, J02.1}                                      | (in route ATC{J01,J02.1})
      code in inSitu                                                 | (in code inSitu)
      sex is male                                                    | (is sex male)
      value is not unknown                                           | (is-not-unknown value)
      @2026-01-31 < screening                                        | (< (date 2026-01-31) screening)
      unknown "no PSA"                                               | (unknown "no PSA")
      unknown "no scan" for a within 1 years before screening, b     | (unknown "no scan" for (within a (duration 1 years)) b)
      true or false                                                  | (or true false)
      """)
  void parse_expression_hasExpectedShape(String expression, String expected) {
    DiagnosticSink sink = sink("protocol P\ndefine x = " + expression + "\n");

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(DiagnosticPrinter.print(sink.diagnostics())).isEmpty();
    assertThat(AstPrinter.print(((Definition) file.declarations().get(0)).body()))
        .isEqualTo(expected);
  }

  @Test
  void parse_declarations_printWithTheirParts() {
    DiagnosticSink sink =
        sink(
            """
        protocol P
        codesystem ICD10 = "http://hl7.org/fhir/sid/icd-10" matching prefix ignoring dots
        valueset inSitu "in situ" = ICD10 {D00-D09}
        condition other "other": ICD10 {C00-C96}, inSitu except ICD10 {C61}
        observation psa "PSA": ICD10 {X}
          quantity 'ng/mL'
        attestation consent "consent": "informed-consent"
        exclusion E3 "organs" = E3a or E3b
          part E3a "a" = latest psa < 1 'ng/mL'
          part E3b "b" = exists other
        """);

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics()).isEmpty();
    assertThat(file.declarations())
        .extracting(AstPrinter::print)
        .containsExactly(
            "(codesystem ICD10 prefix_ignoring_dots \"http://hl7.org/fhir/sid/icd-10\")",
            "(valueset inSitu (codes ICD10{D00-D09}))",
            "(condition other (codes ICD10{C00-C96} inSitu (except ICD10{C61})))",
            "(observation psa quantity 'ng/mL' (codes ICD10{X}))",
            "(attestation consent \"informed-consent\")",
            "(exclusion E3 \"organs\" (or E3a E3b) (part E3a \"a\" (< (latest psa) (quantity 1 'ng/mL'))) "
                + "(part E3b \"b\" (exists other)))");
  }

  @Test
  void recovery_brokenDefinitionInTheMiddle_keepsLaterDeclarations() {
    DiagnosticSink sink =
        sink(
            """
        protocol P
        define a = exists x
        define broken = 1 < 2 < 3
        define later = exists y
        inclusion I1 "text" = later
        """);

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics()).extracting(Diagnostic::line).containsExactly(3);
    assertThat(file.declarations())
        .extracting(AstPrinter::print)
        .containsExactly(
            "(define a (exists x))",
            "(define broken (< 1 2))",
            "(define later (exists y))",
            "(inclusion I1 \"text\" later)");
  }

  @Test
  void recovery_missingEquals_insertsItAndKeepsTheExpression() {
    DiagnosticSink sink =
        sink("protocol P\ndefine high recent > 10 'ng/mL'\ndefine later = high\n");

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.SYNTAX_ERROR);
    assertThat(file.declarations())
        .extracting(AstPrinter::print)
        .containsExactly("(define high (> recent (quantity 10 'ng/mL')))", "(define later high)");
  }

  @Test
  void recovery_expressionCutShortBeforeNextCriterion_keepsThatCriterion() {
    DiagnosticSink sink =
        sink(
            """
        protocol P
        define a = exists x and
        inclusion I1 "text" = a
        exclusion E1 "text" = (a or
        exclusion E2 "text" = not a
        """);

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics()).extracting(Diagnostic::line).containsExactly(3, 5);
    assertThat(file.declarations())
        .extracting(d -> d.name().text())
        .containsExactly("a", "I1", "E1", "E2");
    assertThat(AstPrinter.print(file.declarations().get(3)))
        .isEqualTo("(exclusion E2 \"text\" (not a))");
  }

  @Test
  void recovery_partCutShort_keepsTheNextPart() {
    DiagnosticSink sink =
        sink(
            """
        protocol P
        exclusion E1 "text" = E1a or E1b
          part E1a "a" = x and
          part E1b "b" = y
        """);

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics()).extracting(Diagnostic::line).containsExactly(4);
    assertThat(AstPrinter.print(file.declarations().get(0)))
        .isEqualTo(
            "(exclusion E1 \"text\" (or E1a E1b) (part E1a \"a\" (and x <error>)) (part E1b \"b\" y))");
  }

  @Test
  void recovery_unterminatedText_keepsTheCriterionAndItsExpression() {
    DiagnosticSink sink = sink("protocol P\ninclusion I1 \"Age over 18\n  = age >= 18 years\n");

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNTERMINATED_STRING);
    assertThat(file.declarations())
        .extracting(AstPrinter::print)
        .containsExactly("(inclusion I1 \"\" (>= age (duration 18 years)))");
  }

  @Test
  void recovery_strayCharacter_isReportedAloneAndLeftOut() {
    DiagnosticSink sink = sink("protocol P\ndefine a = exists x;\ndefine b = a\n");

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.BAD_CHARACTER);
    assertThat(file.declarations())
        .extracting(AstPrinter::print)
        .containsExactly("(define a (exists x))", "(define b a)");
  }

  @Test
  void syntaxError_isReportedAsADiagnostic_andNothingIsPrintedToTheConsole() {
    java.io.PrintStream console = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    DiagnosticSink sink = sink("protocol P\ndefine x = (1 +\ndefine y = ) 2\n");
    try {
      System.setErr(
          new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
      CriteriaParser.parse(sink);
    } finally {
      System.setErr(console);
    }

    assertThat(sink.hasErrors()).isTrue();
    assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void fileNestedTooDeeply_isNotParsed_andGivesAnEmptyFile() {
    DiagnosticSink sink =
        sink("protocol P\ndefine x = " + "(".repeat(65) + "1" + ")".repeat(65) + "\n");

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.NESTED_TOO_DEEPLY);
    assertThat(file.declarations()).isEmpty();
    assertThat(file.header().protocolId()).isEmpty();
  }

  @Test
  void fileNestedToTheLimit_isParsed() {
    DiagnosticSink sink =
        sink("protocol P\ndefine x = " + "(".repeat(64) + "1" + ")".repeat(64) + "\n");

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics()).isEmpty();
    assertThat(AstPrinter.print(((Definition) file.declarations().get(0)).body())).isEqualTo("1");
  }

  @Test
  void unicodeEscapeAtTheEndOfAText_isRead() {
    DiagnosticSink sink = sink("protocol P\n  title \"Caf\\u00e9\"\n  version \"1\\u0031\"\n");

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(DiagnosticPrinter.print(sink.diagnostics())).isEmpty();
    assertThat(file.header().title()).isEqualTo("Caf\u00e9");
    assertThat(file.header().version()).isEqualTo("11");
  }

  @Test
  void invalidDate_isReportedAtTheDate_andKeptAsADateWithoutValue() {
    DiagnosticSink sink = sink("protocol P\ndefine x = @2025-02-30 < screening\n");

    CriteriaFile file = CriteriaParser.parse(sink);

    assertThat(sink.diagnostics())
        .extracting(d -> d.line() + ":" + d.column() + " " + d.code().id() + " " + d.message())
        .containsExactly("2:12 ELG0306 there is no date 2025-02-30");
    Definition definition = (Definition) file.declarations().get(0);
    dev.eligo.compiler.ast.Expr.Comparison comparison =
        (dev.eligo.compiler.ast.Expr.Comparison) definition.body();
    dev.eligo.compiler.ast.Expr.DateLiteral date =
        (dev.eligo.compiler.ast.Expr.DateLiteral) comparison.left();
    assertThat(date.value()).isNull();
    assertThat(date.text()).isEqualTo("2025-02-30");
  }

  private static DiagnosticSink sink(String text) {
    return new DiagnosticSink(new SourceFile("test.eligo", text));
  }
}
