package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.result.Missing;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a list member becomes uncertain: a sure member made possible takes the reason and what would
 * decide it, a second doubt joins the first, an unclassified record stays unclassified; members are
 * equal when item, standing, reason and missing data are.
 */
class UncertainMembershipTest {
  private static final Missing STATUS = new Missing("PSA", "status of o1");
  private static final Missing DATE = new Missing("PSA", "date of o1");

  @Test
  void aSureMember_madePossible_takesTheReasonAndMissingData() {
    Member<String> possible =
        Member.definite("o1").atMostPossible("status unknown", List.of(STATUS));
    assertThat(possible.isDefinite()).isFalse();
    assertThat(possible.kind()).isEqualTo(Member.Kind.POSSIBLE);
    assertThat(possible.reason()).isEqualTo("status unknown");
    assertThat(possible.missing()).containsExactly(STATUS);
  }

  @Test
  void aSecondDoubt_joinsTheFirst_withoutRepeatingMissingData() {
    Member<String> twice =
        Member.possible("o1", "status unknown", List.of(STATUS))
            .atMostPossible(() -> "dated 2026-11", List.of(DATE, STATUS));
    assertThat(twice.reason()).isEqualTo("status unknown; dated 2026-11");
    assertThat(twice.missing()).containsExactly(STATUS, DATE);

    Member<String> twoNew =
        Member.definite("o1").atMostPossible("status unknown", List.of(STATUS, DATE));
    assertThat(twoNew.missing()).containsExactly(STATUS, DATE);
    Member<String> none = Member.definite("o1").atMostPossible("x", List.of());
    assertThat(none.missing()).isEmpty();
  }

  @Test
  void anUnclassifiedRecord_staysUnclassified() {
    Member<String> unclassified = Member.unclassified("c1", "coded only in SNOMED", List.of(DATE));
    assertThat(unclassified.atMostPossible("status unknown", List.of(STATUS)))
        .isSameAs(unclassified);
  }

  @Test
  void aDefiniteMember_hasNoReason() {
    assertThat(Member.definite("o1").reason()).isEmpty();
    assertThat(Member.definite("o1").missing()).isEmpty();
    assertThat(Member.definite("o1").tentative()).isFalse();
    assertThat(Member.tentative("c1", "unconfirmed", List.of()).tentative()).isTrue();
  }

  @Test
  void membersAreEqual_byItemStandingReasonMissingAndTentativeness() {
    Member<String> a = Member.possible("o1", "status unknown", List.of(STATUS));
    Member<String> same = Member.possible("o1", () -> "status unknown", List.of(STATUS));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(Member.possible("o2", "status unknown", List.of(STATUS)));
    assertThat(a).isNotEqualTo(Member.possible("o1", "dated 2026-11", List.of(STATUS)));
    assertThat(a).isNotEqualTo(Member.possible("o1", "status unknown", List.of(DATE)));
    assertThat(a).isNotEqualTo(Member.tentative("o1", "status unknown", List.of(STATUS)));
    assertThat(a).isNotEqualTo(Member.unclassified("o1", "status unknown", List.of(STATUS)));
    assertThat(a).isNotEqualTo("o1");
    assertThat(a)
        .hasToString(
            "Member[item=o1, kind=POSSIBLE, reason=status unknown, missing=[PSA status of o1],"
                + " tentative=false]");
  }
}
