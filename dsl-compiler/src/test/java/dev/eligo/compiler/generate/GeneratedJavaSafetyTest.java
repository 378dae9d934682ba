package dev.eligo.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.InMemoryJavaCompiler;
import dev.eligo.compiler.testing.TestResources;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.CriterionInfo;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.result.ScreeningResult;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing in a criteria file can break or inject into the generated source: texts, labels and names
 * with comment terminators, unicode escapes, quotes, JavaPoet placeholders, Javadoc tags, HTML and
 * Java keywords all give Java that compiles strictly, and texts reach the runtime's {@link
 * ProtocolInfo} exactly as the file means them.
 */
class GeneratedJavaSafetyTest {
  private static final String PACKAGE = "dev.eligo.test.safety";

  /**
   * Each case: a name, the text as written between double quotes in the criteria file, and the text
   * it means (the file's escapes resolved).
   */
  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("commentTerminator", "ends */ a comment", "ends */ a comment"),
        Arguments.of(
            "unicodeEscapeOfCommentTerminator",
            "escaped \\u002a/ terminator",
            "escaped */ terminator"),
        Arguments.of(
            "literalBackslashU", "written \\\\u002a/ literally", "written \\u002a/ literally"),
        Arguments.of("unicodeEscapeOfNewline", "line\\u000Abreak", "line\nbreak"),
        Arguments.of("unicodeEscapeOfCarriageReturn", "carriage\\u000dreturn", "carriage\rreturn"),
        Arguments.of("newlineAndTabEscapes", "one\\ntwo\\tthree", "one\ntwo\tthree"),
        Arguments.of("quotes", "the \\\"castrate\\\" level", "the \"castrate\" level"),
        Arguments.of("trailingBackslash", "ends with \\\\", "ends with \\"),
        Arguments.of("javaPoetPlaceholders", "$S $L $N $T $$ $1L", "$S $L $N $T $$ $1L"),
        Arguments.of(
            "javadocTags",
            "@param x {@code y} {@link Z} @return",
            "@param x {@code y} {@link Z} @return"),
        Arguments.of(
            "html",
            "<script>alert(1)</script> &amp; <b>bold",
            "<script>alert(1)</script> &amp; <b>bold"),
        Arguments.of("commentOpeners", "/* /** // <!-- nested */", "/* /** // <!-- nested */"),
        Arguments.of("unicode", "≥ 50% ① 10⁹/L 🧪", "≥ 50% ① 10⁹/L 🧪"));
  }

  @ParameterizedTest(name = "generate_{0}_compilesAndKeepsText")
  @MethodSource("texts")
  void generate_hostileText_compilesAndKeepsTextIntact(
      String caseName, String written, String meant) throws Exception {
    String file =
        """
        protocol "NCT-%1$s"
          title "%1$s"
          version "%1$s"
        codesystem LOINC = "http://loinc.org/%1$s"
        valueset psaCodes "%1$s" = LOINC {2857-1, "%1$s"}
        observation psa "%1$s": psaCodes
          quantity 'ng/mL'
        define recentPsa = latest psa < 4 'ng/mL' or unknown "%1$s"
        inclusion I1 "%1$s" = I1a
          part I1a "%1$s" = recentPsa
        exclusion E1 "%1$s" = unknown "%1$s"
        """
            .formatted(written);

    ProtocolEvaluator evaluator = compileAndLoad(new SourceFile(caseName + ".eligo", file));
    ProtocolInfo protocol = evaluator.protocol();

    assertThat(protocol.id()).isEqualTo("NCT-" + meant);
    assertThat(protocol.title()).isEqualTo(meant);
    assertThat(protocol.version()).isEqualTo(meant);
    assertThat(protocol.criteria())
        .extracting(CriterionInfo::text)
        .containsExactly(meant, meant, meant);
    ScreeningResult result =
        evaluator.screen(PatientRecord.builder("p").build(), LocalDate.of(2026, 1, 31));
    assertThat(result.criteria()).hasSize(2);
  }

  @Test
  void generate_keywordsAndCollidingNames_compileAndKeepIds() throws Exception {
    SourceFile source =
        TestResources.read(TestResources.directory("safety").resolve("hostileNames.eligo"));

    ProtocolEvaluator evaluator = compileAndLoad(source);

    assertThat(evaluator.protocol().id()).isEqualTo("class");
    assertThat(evaluator.protocol().criteria())
        .extracting(CriterionInfo::id)
        .containsExactly("E1", "i1", "I1", "I1a", "default");
    ScreeningResult result =
        evaluator.screen(PatientRecord.builder("p").build(), LocalDate.of(2026, 1, 31));
    assertThat(result.criteria())
        .extracting(c -> c.id())
        .containsExactly("E1", "i1", "I1", "default");
  }

  @Test
  void generate_textWithUnicodeEscapeOfTerminator_neverWritesTheEscapeIntoJava() {
    SourceFile source =
        new SourceFile(
            "escape.eligo",
            """
        protocol P
        inclusion I1 "a \\u002a/ b and c \\\\u002a/ d" = true
        """);

    String java = compile(source);

    assertThat(unicodeEscapes(java)).isEmpty();
    assertThat(java)
        .contains("\"a */ b and c \\\\u002a/ d\"")
        .contains("I1: a *&#47; b and c &#92;u002a/ d");
  }

  @Test
  void unicodeEscapes_findsOnlyEscapesJavaWouldRead() {
    assertThat(unicodeEscapes("a \\u002a/ b")).isNotEmpty();
    assertThat(unicodeEscapes("a \\\\\\u002a/ b")).isNotEmpty();
    assertThat(unicodeEscapes("a \\\\u002a/ b")).isEmpty();
  }

  /**
   * The unicode escapes javac would translate before reading anything else, comments included: a
   * backslash-u whose backslash follows an even number of backslashes.
   */
  static List<String> unicodeEscapes(String source) {
    return Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u+[0-9A-Fa-f]{4}")
        .matcher(source)
        .results()
        .map(MatchResult::group)
        .toList();
  }

  private static String compile(SourceFile source) {
    CompilationResult result = EligoCompiler.compile(source, CompilerOptions.inPackage(PACKAGE));
    assertThat(DiagnosticPrinter.print(result.errors())).isEmpty();
    return result.javaFiles().get(0).toString();
  }

  static ProtocolEvaluator compileAndLoad(SourceFile source) throws Exception {
    CompilationResult result = EligoCompiler.compile(source, CompilerOptions.inPackage(PACKAGE));
    assertThat(DiagnosticPrinter.print(result.errors())).isEmpty();
    InMemoryJavaCompiler.Result compiled = InMemoryJavaCompiler.compile(result.javaFiles());
    assertThat(compiled.diagnostics())
        .as(compiled.describe() + result.javaFiles().get(0))
        .isEmpty();
    assertThat(compiled.success()).isTrue();
    assertThat(unicodeEscapes(result.javaFiles().get(0).toString())).isEmpty();
    String className = PACKAGE + "." + result.javaFiles().get(0).typeSpec().name();
    return (ProtocolEvaluator)
        compiled.classLoader().loadClass(className).getDeclaredConstructor().newInstance();
  }
}
