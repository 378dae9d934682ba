package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A screener reads explanations in the protocol's words, never in the criteria file's: the
 * explanations of the 27 sample patients name concepts by their labels, not by the names or the
 * expressions an author wrote.
 */
class SampleExplanationsTest {
  /** A declared name a reader would see as code: camelCase or with digits, like labWindow. */
  private static final Pattern CODE_LIKE = Pattern.compile("[a-z]+[A-Z0-9]\\w*");

  private static final Pattern DECLARED =
      Pattern.compile(
          "^\\s*(?:define|input|observation|condition|medication|procedure|allergy|specimen|encounter|report|imaging"
              + "|participation|attestation|valueset)\\s+(\\w+)",
          Pattern.MULTILINE);

  /** The expression of a criterion, part or definition: from '=' to the next declaration. */
  private static final Pattern EXPRESSION =
      Pattern.compile(
          "^\\s*(?:inclusion|exclusion|part|define)\\b[^=]*=\\s*(.*?)(?=^\\s*(?:inclusion|exclusion|part|define|//)\\b|\\z)",
          Pattern.MULTILINE | Pattern.DOTALL);

  private static String source;
  private static String explanations;

  @BeforeAll
  static void screenWithExplanations() throws IOException {
    source = Files.readString(Cli.PROTOCOL);
    Cli.Run run =
        Cli.run(
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            "--explain",
            Cli.PATIENTS.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    explanations = run.out();
  }

  @Test
  void explanations_nameNoDeclaredNameOfTheFile() {
    Set<String> names = codeLikeNames();
    assertThat(names)
        .as("the sample declares names that look like code")
        .contains("labWindow", "psaSeries");
    for (String name : names) {
      assertThat(explanations)
          .as("explanations mention the file's name " + name)
          .doesNotContainPattern("\\b" + Pattern.quote(name) + "\\b");
    }
  }

  @Test
  void explanations_quoteNoExpressionOfTheFile() {
    List<String> fragments = expressionFragments();
    assertThat(fragments).as("the sample's expressions").hasSizeGreaterThan(20);
    String flat = explanations.replaceAll("\\s+", " ");
    for (String fragment : fragments) {
      assertThat(flat).as("explanations quote the file").doesNotContain(fragment);
    }
  }

  @Test
  void explanations_coverEveryPatientAndCriterion() {
    assertThat(explanations).contains("mcrpc-01").contains("mcrpc-27");
    assertThat(explanations.lines().filter(line -> line.contains("I2a")).count())
        .isGreaterThanOrEqualTo(27);
  }

  private static Set<String> codeLikeNames() {
    Set<String> names = new LinkedHashSet<>();
    Matcher declared = DECLARED.matcher(source);
    while (declared.find()) {
      if (CODE_LIKE.matcher(declared.group(1)).matches()) {
        names.add(declared.group(1));
      }
    }
    return names;
  }

  /** Each expression's lines of at least 20 characters, without comments, spaces collapsed. */
  private static List<String> expressionFragments() {
    List<String> fragments = new ArrayList<>();
    Matcher expression = EXPRESSION.matcher(source);
    while (expression.find()) {
      for (String line : expression.group(1).split("\n")) {
        String code = line.replaceAll("//.*", "").replaceAll("\\s+", " ").trim();
        if (code.length() >= 20 && !code.startsWith("\"")) {
          fragments.add(code);
        }
      }
    }
    return fragments;
  }
}
