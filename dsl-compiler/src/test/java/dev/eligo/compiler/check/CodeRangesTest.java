package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.testing.SmallProtocol;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Code ranges of a system matched by prefix: LOW-HIGH is empty only when LOW comes after HIGH
 * (compared over their common length, dots left out where the system ignores them); a range of one
 * code is a range.
 */
class CodeRangesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          C61-C61      |
          C50-C50.9    |
          C509-C50.9   |
          C00-C96      |
          C96-C00      | 2:35 ELG0210 the range C96-C00 is empty: C96 comes after C00
          C50.9-C50.1  | 2:35 ELG0210 the range C50.9-C50.1 is empty: C50.9 comes after C50.1
          """)
  void range_isEmptyOnlyWhenItsLowEndComesAfterItsHighEnd(String range, String error) {
    List<String> errors =
        SmallProtocol.errors(
            "codesystem ICD10 = \"http://hl7.org/fhir/sid/icd-10\" matching prefix ignoring dots",
            "condition cancer \"cancer\": ICD10 {" + range + "}",
            "inclusion I1 \"text\"",
            "  = exists cancer");

    assertThat(errors).isEqualTo(error == null ? List.of() : List.of(error));
  }
}
