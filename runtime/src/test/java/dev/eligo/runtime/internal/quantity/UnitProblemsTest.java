package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is wrong with a unit that cannot be read, said in one line. Each test reads with a fresh
 * instance, since the shared one remembers readings.
 */
class UnitProblemsTest {
  private final Units units = new Units(UcumEssence.get());
  private static final String ANNOTATION_64 = "{" + "a".repeat(59) + "}/dL";

  static Stream<Arguments> units() {
    return Stream.of(
        // unit, the problem (null: none), or the start of it when UCUM words the rest
        Arguments.of("  ", "no unit given"),
        Arguments.of(ANNOTATION_64, null),
        Arguments.of(
            "{" + "a".repeat(60) + "}/dL",
            "'{aaaaaaaaaaaaaaaaaaa...' is not a UCUM unit: it is 65 characters long; no unit of a clinical"
                + " record needs more than 64"),
        Arguments.of("ug/dL)", "'ug/dL)' is not a UCUM unit: ')' without '(' at position 5"),
        Arguments.of("(ug/dL))", "'(ug/dL))' is not a UCUM unit: ')' without '(' at position 7"),
        Arguments.of(")ug", "')ug' is not a UCUM unit: ')' without '(' at position 0"),
        Arguments.of("(ug)/(dL)", null),
        Arguments.of("{r)}/dL", null),
        Arguments.of("[in_i]/{a)}", null),
        Arguments.of("ug{a)b}", null));
  }

  @ParameterizedTest(name = "''{0}''")
  @MethodSource("units")
  void problem(String unit, String expected) {
    if (expected == null) {
      assertThat(units.problem(unit)).isEmpty();
    } else {
      assertThat(units.problem(unit)).hasValue(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void ucumsOwnWords_inOneLineWithoutRepeatingTheUnit(String unit) {
    String problem = units.problem(unit).orElseThrow();

    assertThat(problem)
        .startsWith("'" + unit + "' is not a UCUM unit: ")
        .doesNotContain("Error processing unit")
        .doesNotContain("\n");
    String ucum = problem.substring(("'" + unit + "' is not a UCUM unit: ").length());
    assertThat(ucum).isNotBlank();
    assertThat(ucum.chars().filter(c -> c == '\'').count() % 2)
        .as("quotes in pairs: " + ucum)
        .isZero();
  }

  static Stream<String> unreadable() {
    return Stream.of("ngg/mL", "(ug/dL", "zz/L", "qqq");
  }
}
