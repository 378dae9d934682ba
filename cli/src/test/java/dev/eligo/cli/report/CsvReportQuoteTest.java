package dev.eligo.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReportQuoteTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "mcrpc-01|mcrpc-01",
        "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
        "+1|'+1",
        "-2|'-2",
        "@SUM(A1)|'@SUM(A1)",
        "a,b|`\"a,b\"`",
        "say \"hi\"|`\"say \"\"hi\"\"\"`",
      })
  void quote_formulaOrSeparator_isSafeForSpreadsheets(String field, String expected) {
    assertThat(CsvReport.quote(field)).isEqualTo(expected);
  }
}
