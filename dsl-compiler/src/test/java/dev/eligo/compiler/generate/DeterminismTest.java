package dev.eligo.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.TestResources;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same criteria file gives byte-identical Java on every run, whatever the machine's default
 * locale and time zone; diagnostics print the same way too.
 */
class DeterminismTest {

  @Test
  void generate_sameFileTwice_givesIdenticalJava() throws Exception {
    assertThat(GoldenEvaluatorTest.generateSample())
        .isEqualTo(GoldenEvaluatorTest.generateSample());
  }

  @ParameterizedTest(name = "generate_under_{0}_{1}_givesSameJava")
  @CsvSource({
    "tr-TR, Pacific/Kiritimati",
    "th-TH-u-nu-thai, America/St_Johns",
    "ar-SA-u-nu-arab, Asia/Kathmandu",
    "de-DE, Etc/GMT+12",
  })
  void generate_otherDefaultLocaleAndZone_givesSameJava(String locale, String zone)
      throws Exception {
    String reference = underRootAndUtc(GoldenEvaluatorTest::generateSample);
    String hostile =
        TestResources.read(TestResources.directory("safety").resolve("hostileNames.eligo"))
            .content();
    String hostileReference = underRootAndUtc(() -> generate(hostile));

    assertThat(under(locale, zone, GoldenEvaluatorTest::generateSample)).isEqualTo(reference);
    assertThat(under(locale, zone, () -> generate(hostile))).isEqualTo(hostileReference);
  }

  @ParameterizedTest(name = "print_under_{0}_givesSameDiagnostics")
  @CsvSource({"tr-TR", "th-TH-u-nu-thai", "ar-SA-u-nu-arab"})
  void printDiagnostics_otherDefaultLocale_givesSameText(String locale) throws Exception {
    Callable<String> print =
        () -> {
          StringBuilder out = new StringBuilder();
          for (var file : TestResources.criteriaFiles("diagnostics")) {
            out.append(
                DiagnosticPrinter.print(
                    EligoCompiler.check(TestResources.read(file)).diagnostics()));
          }
          return out.toString();
        };

    assertThat(under(locale, "Pacific/Kiritimati", print)).isEqualTo(underRootAndUtc(print));
  }

  private static String generate(String content) {
    return EligoCompiler.compile(
            new SourceFile("hostileNames.eligo", content),
            dev.eligo.compiler.CompilerOptions.inPackage("dev.eligo.test"))
        .javaFiles()
        .get(0)
        .toString();
  }

  private static String underRootAndUtc(Callable<String> work) throws Exception {
    return under("und", "UTC", work);
  }

  private static String under(String languageTag, String zone, Callable<String> work)
      throws Exception {
    Locale savedLocale = Locale.getDefault();
    TimeZone savedZone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(languageTag));
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      return work.call();
    } finally {
      Locale.setDefault(savedLocale);
      TimeZone.setDefault(savedZone);
    }
  }
}
