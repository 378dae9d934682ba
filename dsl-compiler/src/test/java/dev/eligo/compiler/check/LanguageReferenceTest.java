package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.testing.ModuleDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/language.md's tables of fields and functions are the declaration table's: each sits between
 * {@code <!-- table: NAME -->} and {@code <!-- end of table -->}, and equals what {@link
 * LanguageReference} writes. {@code -Deligo.updateDocs=true} rewrites them.
 */
class LanguageReferenceTest {
  private static final Path LANGUAGE = ModuleDirectory.resolve("../docs/language.md");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fields", "functions"})
  void documentationShowsTheTable(String table) throws IOException {
    String expected =
        table.equals("fields") ? LanguageReference.fields() : LanguageReference.functions();
    String doc = Files.readString(LANGUAGE, StandardCharsets.UTF_8);
    String begin =
        "<!-- table: "
            + table
            + " (written from LanguageTable; mvn test -Deligo.updateDocs=true) -->\n";
    String end = "<!-- end of table -->";
    int start = doc.indexOf(begin);
    assertThat(start)
        .as("docs/language.md marks the %s table with %s", table, begin.trim())
        .isNotNegative();
    int stop = doc.indexOf(end, start);
    String shown = doc.substring(start + begin.length(), stop);
    if (Boolean.parseBoolean(System.getProperty("eligo.updateDocs")) && !shown.equals(expected)) {
      Files.writeString(
          LANGUAGE,
          doc.substring(0, start + begin.length()) + expected + doc.substring(stop),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(shown)
        .as("the %s table of docs/language.md; rewrite it with -Deligo.updateDocs=true", table)
        .isEqualTo(expected);
  }
}
