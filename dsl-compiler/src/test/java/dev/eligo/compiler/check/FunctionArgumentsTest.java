package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.testing.SmallProtocol;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The arguments a function of the language accepts, at the edges: a whole number of 1 to 1000
 * written in the file, a function over one list that may be unknown, and a misspelt function's name
 * suggested only when it is near one.
 */
class FunctionArgumentsTest {

  static Stream<Arguments> calls() {
    return Stream.of(
        Arguments.of("runs of 1", "exists runs(psa, 1)", List.of()),
        Arguments.of("runs of 1000, the longest", "exists runs(psa, 1000)", List.of()),
        Arguments.of(
            "runs of 1001",
            "exists runs(psa, 1001)",
            List.of(
                "2:22 ELG0301 runs needs a whole number of at least 1 written in the file, not 1001: runs(list, n)")),
        Arguments.of(
            "runs of 0",
            "exists runs(psa, 0)",
            List.of(
                "2:22 ELG0301 runs needs a whole number of at least 1 written in the file, not 0: runs(list, n)")),
        Arguments.of(
            "runs of 1.5",
            "exists runs(psa, 1.5)",
            List.of(
                "2:22 ELG0301 runs needs a whole number of at least 1 written in the file, not 1.5: runs(list, n)")),
        Arguments.of(
            "runs of a formula",
            "exists runs(psa, 1 + 1)",
            List.of(
                "2:22 ELG0301 runs needs a whole number of at least 1 written in the file, not a number: runs(list, n)")),
        Arguments.of(
            "a function over the first of several runs may be unknown",
            "rest(first(runs(psa, 2))) is unknown",
            List.of()),
        Arguments.of(
            "a misspelt function near one",
            "exists seriess(psa)",
            List.of(
                "2:12 ELG0207 there is no function 'seriess' (did you mean 'series'?); the functions are")),
        Arguments.of(
            "a misspelt function as far from any as a suggestion may be, and no further",
            "exists xyzies(psa)",
            List.of("2:12 ELG0207 there is no function 'xyzies'; the functions are")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void call_isAcceptedOrReportedAtItsArgument(String name, String expression, List<String> errors) {
    List<String> reported = SmallProtocol.errors("inclusion I1 \"text\"", "  = " + expression);

    assertThat(reported).hasSameSizeAs(errors);
    for (int i = 0; i < errors.size(); i++) {
      assertThat(reported.get(i)).startsWith(errors.get(i));
    }
  }
}
