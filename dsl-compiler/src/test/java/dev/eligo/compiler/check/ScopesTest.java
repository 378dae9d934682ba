package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.testing.SmallProtocol;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A name bound by {@code let}, {@code any}, {@code all}, {@code count ... where} or the item of a
 * {@code where} is known inside its expression and nowhere after it.
 */
class ScopesTest {

  private static final String PREFIX = "  = ";

  static Stream<Arguments> boundNames() {
    return Stream.of(
        Arguments.of(
            "where: the item's field inside", "exists (psa where value > 1 'ng/mL')", null),
        Arguments.of(
            "where: the item's field after it",
            "exists (psa where value > 1 'ng/mL') and value > 2 'ng/mL'",
            "value"),
        Arguments.of(
            "any: the variable inside", "any p in psa satisfies p.value > 1 'ng/mL'", null),
        Arguments.of(
            "any: the variable after it",
            "(any p in psa satisfies p.value > 1 'ng/mL') and p.value > 2 'ng/mL'",
            "p"),
        Arguments.of(
            "all: the variable after it",
            "(all p in psa satisfies p.value > 1 'ng/mL') and p.value > 2 'ng/mL'",
            "p"),
        Arguments.of(
            "count where: the variable after it",
            "(count p in psa where p.value > 1 'ng/mL') > 0 and p.value > 2 'ng/mL'",
            "p"),
        Arguments.of(
            "sum: the variable after it",
            "(sum p in psa of p) > 1 'ng/mL' and p.value > 2 'ng/mL'",
            "p"),
        Arguments.of("let: the name inside", "let x = latest psa in x.value > 1 'ng/mL'", null),
        Arguments.of(
            "let: the name after it",
            "(let x = latest psa in x.value > 1 'ng/mL') and x.value > 2 'ng/mL'",
            "x"),
        Arguments.of(
            "nested: the inner variable after the inner scope, the outer one still bound",
            "any p in psa satisfies ((any q in psa satisfies q.value > p.value) and q.value > p.value)",
            "q"));
  }

  /**
   * {@code unknown}: the name that must be reported at its last use, or null when all are known.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("boundNames")
  void boundNameIsKnownOnlyInsideItsExpression(String name, String expression, String unknown) {
    List<String> errors = SmallProtocol.errors("inclusion I1 \"text\"", PREFIX + expression);

    if (unknown == null) {
      assertThat(errors).isEmpty();
    } else {
      int column =
          PREFIX.length()
              + expression.lastIndexOf(unknown + (unknown.equals("value") ? " " : "."))
              + 1;
      assertThat(errors)
          .singleElement()
          .asString()
          .startsWith("2:" + column + " ELG0201 ")
          .contains("'" + unknown + "'");
    }
  }

  @Test
  void callOfAParameterisedDefinition_namesTheCallOnlyForItsOwnBody() {
    List<String> errors =
        SmallProtocol.errors(
            "define above(lab, limit) = latest lab > limit",
            "inclusion I1 \"text\" = above(psa, screening)",
            "inclusion I2 \"text\" = latest psa > screening");

    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).startsWith("1:").contains("(when above is called at line 8 with");
    assertThat(errors.get(1)).startsWith("3:").doesNotContain("when above is called");
  }

  @Test
  void aDefinitionCheckedFromInsideALet_leavesTheLetsNameBoundAfterIt() {
    // 'later' is checked when first used, inside the let: its body sees no 'x', and 'x' must be
    // bound again once it has been checked.
    List<String> errors =
        SmallProtocol.errors(
            "define early = let x = latest psa in later and x.value > 2 'ng/mL'",
            "define later = exists psa",
            "inclusion I1 \"text\" = early");

    assertThat(errors).isEmpty();
  }

  @Test
  void aDefinitionsBody_doesNotSeeTheNamesAroundItsUse() {
    List<String> errors =
        SmallProtocol.errors(
            "define early = let x = latest psa in later",
            "define later = x.value > 2 'ng/mL'",
            "inclusion I1 \"text\" = early");

    assertThat(errors).singleElement().asString().startsWith("2:16 ELG0201 ").contains("'x'");
  }

  @Test
  void aCallInsideALet_leavesTheLetsNameBound_andTheParametersUnbound() {
    List<String> errors =
        SmallProtocol.errors(
            "define above(lab, limit) = latest lab > limit",
            "inclusion I1 \"text\"",
            "  = let x = latest psa in above(psa, 1 'ng/mL') and x.value > 2 'ng/mL'",
            "inclusion I2 \"text\"",
            "  = let x = latest psa in above(psa, 1 'ng/mL') and limit > 2 'ng/mL'");

    assertThat(errors).singleElement().asString().startsWith("5:53 ELG0201 ").contains("'limit'");
  }

  @Test
  void anUncalledParameterisedDefinition_isStillCheckedForNames() {
    List<String> errors =
        SmallProtocol.errors(
            "define above(lab, limit) = latest lab > limit and exists nosuch",
            "inclusion I1 \"text\" = exists psa");

    assertThat(errors).singleElement().asString().startsWith("1:58 ELG0201 ").contains("'nosuch'");
  }
}
