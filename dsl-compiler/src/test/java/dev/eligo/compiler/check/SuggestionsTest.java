package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edit distance behind "did you mean". */
class SuggestionsTest {
  @ParameterizedTest(name = "distance_{0}_{1}_is{2}")
  @CsvSource({
    "psa, psa, 0",
    "psa, psaa, 1",
    "psa, pas, 1",
    "psaSeries, psaSeries, 0",
    "labWindow, labwindow, 1",
    "kitten, sitting, 3",
    "'', abc, 3",
    "ca, abc, 3",
  })
  void distance_countsEditsWithSwapsAsOne(String a, String b, int expected) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
    assertThat(Suggestions.distance(b, a)).isEqualTo(expected);
  }
}
