package dev.eligo.runtime.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.RecordRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static final RecordRef A = RecordRef.of("Observation", "a");
  private static final RecordRef B = RecordRef.of("Observation", "b");
  private static final RecordRef C = RecordRef.of("Condition", "c");

  @Test
  void joins_readInFirstSeenOrder_withoutRepeats() {
    Evidence left = Evidence.used(A).and(Evidence.ignored(C, "status refuted"));
    Evidence right =
        Evidence.merge(
            List.of(
                Evidence.used(B),
                Evidence.used(A),
                Evidence.none(),
                Evidence.ignored(C, "status refuted"),
                Evidence.unusable(B, "unit 'mmol' cannot be converted")));

    Evidence joined = left.and(right);

    assertThat(joined.used()).containsExactly(A, B);
    assertThat(joined.ignored()).containsExactly(new Evidence.Note(C, "status refuted"));
    assertThat(joined.unusable())
        .containsExactly(new Evidence.Note(B, "unit 'mmol' cannot be converted"));
    assertThat(joined.unclassified()).isEmpty();
  }

  @Test
  void aJoin_equalsTheSameListsGivenAtOnce() {
    Evidence joined = Evidence.used(B).and(Evidence.used(A)).and(Evidence.used(B));

    assertThat(joined).isEqualTo(Evidence.used(List.of(B, A)));
    assertThat(joined.hashCode()).isEqualTo(Evidence.used(List.of(B, A)).hashCode());
    assertThat(joined).isNotEqualTo(Evidence.used(List.of(A, B)));
  }

  @Test
  void emptyParts_leaveNothing() {
    Evidence none =
        Evidence.none().and(Evidence.merge(List.of(Evidence.none(), Evidence.used(List.of()))));

    assertThat(none.isEmpty()).isTrue();
    assertThat(Evidence.used(A).and(Evidence.none()).isEmpty()).isFalse();
  }

  @Test
  void joinsAsDeepAsCriteriaNest_areReadWithoutRecursion() {
    Evidence deep = Evidence.used(A);
    for (int i = 0; i < 100_000; i++) {
      deep = Evidence.used(RecordRef.of("Observation", "o" + (i % 3))).and(deep);
    }

    assertThat(deep.used()).hasSize(4).endsWith(A);
  }
}
