package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.testing.SmallProtocol;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A part that uses itself, directly or through other parts, is reported once, where it comes back.
 */
class PartCyclesTest {

  static Stream<Arguments> criteria() {
    return Stream.of(
        Arguments.of(
            "a part using itself",
            List.of("inclusion I1 \"text\"", "  = A1", "  part A1 \"a\" = A1 or age >= 18 years"),
            List.of("3:17 ELG0203 part A1 uses itself: A1 -> A1")),
        Arguments.of(
            "two parts using each other: one report, not one per part",
            List.of(
                "inclusion I1 \"text\"",
                "  = A1 and A2",
                "  part A1 \"a\" = A2 or age >= 18 years",
                "  part A2 \"b\" = A1 or age >= 20 years"),
            List.of("4:17 ELG0203 part A1 uses itself: A1 -> A2 -> A1")),
        Arguments.of(
            "a cycle of three reached from a part outside it",
            List.of(
                "inclusion I1 \"text\"",
                "  = A0",
                "  part A0 \"z\" = A1",
                "  part A1 \"a\" = A2 or age >= 18 years",
                "  part A2 \"b\" = A3 or age >= 20 years",
                "  part A3 \"c\" = A1 or age >= 30 years"),
            List.of("6:17 ELG0203 part A1 uses itself: A1 -> A2 -> A3 -> A1")),
        Arguments.of(
            "a part used by a later part, after it was followed on its own",
            List.of(
                "inclusion I1 \"text\"",
                "  = A1 and A2",
                "  part A1 \"a\" = age >= 18 years",
                "  part A2 \"b\" = A1 or age >= 20 years"),
            List.of()),
        Arguments.of(
            "two parts using a third (a diamond, no cycle)",
            List.of(
                "inclusion I1 \"text\"",
                "  = A1 and A2",
                "  part A1 \"a\" = A3 or age >= 18 years",
                "  part A2 \"b\" = A3 or age >= 20 years",
                "  part A3 \"c\" = sex is male"),
            List.of()),
        Arguments.of(
            "a part using its own criterion: criteria are used by nothing",
            List.of("inclusion I1 \"text\"", "  = A1", "  part A1 \"a\" = I1 or age >= 18 years"),
            List.of(
                "3:17 ELG0301 'I1' is a criterion; criteria cannot use each other, put what they"
                    + " share in a define")),
        Arguments.of(
            "a cycle in each of two criteria: each reported",
            List.of(
                "inclusion I1 \"text\"",
                "  = B1",
                "  part B1 \"a\" = B1 or age >= 18 years",
                "inclusion I2 \"text\"",
                "  = C1",
                "  part C1 \"a\" = C1 or age >= 18 years"),
            List.of(
                "3:17 ELG0203 part B1 uses itself: B1 -> B1",
                "6:17 ELG0203 part C1 uses itself: C1 -> C1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criteria")
  void reportsEachCycleOnceAtTheReferenceClosingIt(
      String name, List<String> lines, List<String> expected) {
    assertThat(SmallProtocol.errors(lines.toArray(String[]::new))).isEqualTo(expected);
  }
}
