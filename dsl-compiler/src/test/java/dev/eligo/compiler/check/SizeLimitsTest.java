package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.testing.SmallProtocol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each limit of {@link SizeLimits} holds exactly: a file at the limit is accepted, one past it gets
 * one diagnostic naming the size, at the place that went past it.
 */
class SizeLimitsTest {
  private static final String CRITERION = "inclusion I1 \"text\" = true";

  /** A size, the file of that size, the limit, and what the diagnostic one past the limit says. */
  static Stream<Arguments> limits() {
    return Stream.of(
        limit(
            "the title",
            n -> file("x".repeat(n), "1", CRITERION),
            SizeLimits.MAX_TEXT,
            "ELG0308 the title has %d characters"),
        limit(
            "the version",
            n -> file("Title", "x".repeat(n), CRITERION),
            SizeLimits.MAX_TEXT,
            "ELG0308 the version has %d characters"),
        limit(
            "a data declaration's label",
            n ->
                SmallProtocol.source(
                    "observation hb \"" + "x".repeat(n) + "\": LOINC {718-7}",
                    "  quantity 'g/dL'",
                    CRITERION),
            SizeLimits.MAX_TEXT,
            "ELG0308 the label of hb has %d characters"),
        limit(
            "a value set's label",
            n ->
                SmallProtocol.source(
                    "valueset vs \"" + "x".repeat(n) + "\" = LOINC {718-7}", CRITERION),
            SizeLimits.MAX_TEXT,
            "ELG0308 the label of vs has %d characters"),
        limit(
            "a criterion's protocol text",
            n -> SmallProtocol.source("inclusion I1 \"" + "x".repeat(n) + "\" = true"),
            SizeLimits.MAX_TEXT,
            "ELG0308 the protocol text of I1 has %d characters"),
        limit(
            "a part's protocol text",
            n ->
                SmallProtocol.source(
                    "inclusion I1 \"text\" = A1", "  part A1 \"" + "x".repeat(n) + "\" = true"),
            SizeLimits.MAX_TEXT,
            "ELG0308 the protocol text of A1 has %d characters"),
        limit(
            "the reason of an unknown",
            n -> SmallProtocol.source("inclusion I1 \"text\" = unknown \"" + "x".repeat(n) + "\""),
            SizeLimits.MAX_TEXT,
            "ELG0308 this reason has %d characters"),
        // A sum of n terms compared with 0 is n + 1 levels deep: the comparison, n - 1 sums, a
        // term.
        limit(
            "the depth of a definition",
            n ->
                SmallProtocol.source(
                    "define big = " + sum(n - 1) + " > 0", "inclusion I1 \"text\" = big"),
            SizeLimits.MAX_DEPTH,
            "ELG0105 this expression of big is nested more than 100 levels deep"),
        limit(
            "the depth of a criterion",
            n -> SmallProtocol.source("inclusion I1 \"text\" = " + sum(n - 1) + " > 0"),
            SizeLimits.MAX_DEPTH,
            "ELG0105 this expression of I1 is nested more than 100 levels deep"),
        limit(
            "the depth of a part",
            n ->
                SmallProtocol.source(
                    "inclusion I1 \"text\" = A1", "  part A1 \"a\" = " + sum(n - 1) + " > 0"),
            SizeLimits.MAX_DEPTH,
            "ELG0105 this expression of A1 is nested more than 100 levels deep"),
        limit(
            "the parts of an expression",
            n -> SmallProtocol.source("inclusion I1 \"text\" = " + ofNodes(n)),
            SizeLimits.MAX_EXPRESSION_NODES,
            "ELG0308 the expression of I1 has %d parts"),
        limit(
            "criteria",
            n -> SmallProtocol.source(criteria(n, 0)),
            SizeLimits.MAX_CRITERIA,
            "ELG0308 more than 600 criteria and parts"),
        limit(
            "criteria and their parts",
            n -> SmallProtocol.source(criteria(n / 2, n % 2 == 0 ? 1 : 2)),
            SizeLimits.MAX_CRITERIA,
            "ELG0308 more than 600 criteria and parts"),
        // The small protocol's PSA has one code: the codes under test are one fewer.
        limit(
            "codes of an observation",
            n ->
                SmallProtocol.source(
                    "observation hb \"Hb\": LOINC {" + codes(n - 1) + "}",
                    "  quantity 'g/dL'",
                    CRITERION),
            SizeLimits.MAX_CODES,
            "ELG0308 more than 3000 codes"),
        limit(
            "codes of a record declaration",
            n -> SmallProtocol.source("condition c \"c\": LOINC {" + codes(n - 1) + "}", CRITERION),
            SizeLimits.MAX_CODES,
            "ELG0308 more than 3000 codes"),
        limit(
            "codes of value sets and exceptions together",
            n ->
                SmallProtocol.source(
                    "valueset vs \"v\" = LOINC {" + codes(1_000) + "}",
                    "condition c \"c\": vs except LOINC {" + codes(n - 1_001) + "}",
                    CRITERION),
            SizeLimits.MAX_CODES,
            "ELG0308 more than 3000 codes"));
  }

  private static Arguments limit(String what, IntFunction<String> file, int limit, String message) {
    return Arguments.of(what, file, limit, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void atTheLimit_accepted_onePast_oneDiagnostic(
      String what, IntFunction<String> file, int limit, String message) {
    assertThat(errors(file.apply(limit))).as("%s at the limit", what).isEmpty();

    assertThat(errors(file.apply(limit + 1)))
        .as("%s one past the limit", what)
        .singleElement()
        .asString()
        .contains(String.format(message, limit + 1));
  }

  /** Far past a limit of counting, still one diagnostic: the first place past it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void farPastTheLimit_oneDiagnostic(
      String what, IntFunction<String> file, int limit, String message) {
    assertThat(errors(file.apply(limit + 3))).as(what).hasSize(1);
  }

  private static List<String> errors(String source) {
    return SmallProtocol.errorsOf(source).stream()
        .map(error -> error.substring(error.indexOf(' ') + 1))
        .toList();
  }

  private static String file(String title, String version, String criterion) {
    return "protocol NCT00000001\n  title \""
        + title
        + "\"\n  version \""
        + version
        + "\"\n"
        + criterion
        + "\n";
  }

  /** {@code 1 + 1 + ...}: {@code terms} ones. */
  private static String sum(int terms) {
    return String.join(" + ", Collections.nCopies(terms, "1"));
  }

  /**
   * A truth of exactly {@code nodes} parts, no deeper than a dozen levels: a balanced tree of
   * {@code and} over {@code true} (an odd count), under a {@code not} for an even count.
   */
  private static String ofNodes(int nodes) {
    return nodes % 2 == 0 ? "not " + balanced(nodes / 2) : balanced((nodes + 1) / 2);
  }

  private static String balanced(int leaves) {
    if (leaves == 1) {
      return "true";
    }
    return "(" + balanced(leaves / 2) + " and " + balanced(leaves - leaves / 2) + ")";
  }

  /** {@code count} criteria of {@code parts} parts each, every part used by its criterion. */
  private static String[] criteria(int count, int parts) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      int criterion = i;
      List<String> ids =
          IntStream.rangeClosed(1, parts).mapToObj(p -> "P" + criterion + "x" + p).toList();
      lines.add(
          "inclusion I" + i + " \"text\" = " + (parts == 0 ? "true" : String.join(" and ", ids)));
      ids.forEach(id -> lines.add("  part " + id + " \"t\" = true"));
    }
    return lines.toArray(String[]::new);
  }

  private static String codes(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "c" + i).collect(Collectors.joining(", "));
  }
}
