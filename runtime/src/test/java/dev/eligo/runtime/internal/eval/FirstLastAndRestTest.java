package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first and last item of a list and the rest after the first, when items only may belong: named
 * after the list, unknown with the uncertain items that may come first, and what would decide them.
 */
class FirstLastAndRestTest {
  private static final RecordRef LIST = RecordRef.of("Observation", "list");

  /**
   * Items from text such as {@code "a b? c"}: {@code ?} possible with missing data, {@code !}
   * without.
   */
  private static Items<String> items(String text) {
    List<Member<String>> members = new ArrayList<>();
    for (String word : text.trim().isEmpty() ? new String[0] : text.trim().split(" ")) {
      String item = word.replaceAll("[?!]$", "");
      members.add(
          word.endsWith("?")
              ? Member.possible(item, "preliminary", List.of(new Missing("PSA", item)))
              : word.endsWith("!")
                  ? Member.possible(item, "preliminary", List.of())
                  : Member.definite(item));
    }
    return new Items<>("PSA", "in 2026", members, Evidence.used(LIST), Origin.NONE);
  }

  @Test
  void firstAndLast_areNamedAfterTheList_withItsEvidence() {
    Value<String> first = Lists.first(items("a b c"));
    assertThat(first.get()).isEqualTo("a");
    assertThat(first.label()).isEqualTo("first PSA in 2026");
    assertThat(first.evidence().used()).containsExactly(LIST);
    Value<String> last = Lists.last(items("a b c"));
    assertThat(last.get()).isEqualTo("c");
    assertThat(last.label()).isEqualTo("last PSA in 2026");
  }

  @Test
  void uncertainItemsBeforeTheEnd_leaveItUnknown_namingThem() {
    Value<String> first = Lists.first(items("a? b? c"));
    assertThat(first.isKnown()).isFalse();
    assertThat(first.reason()).startsWith("an uncertain item may come first: ");
    assertThat(first.reason()).contains("a").contains("b");
    assertThat(first.missing()).containsExactly(new Missing("PSA", "a"), new Missing("PSA", "b"));
    Value<String> last = Lists.last(items("a b! c!"));
    assertThat(last.isKnown()).isFalse();
    assertThat(last.missing()).containsExactly(new Missing("PSA", "in 2026"));
    // an uncertain item after the first sure one does not matter for the first
    assertThat(Lists.first(items("a b? c")).get()).isEqualTo("a");
    Value<String> none = Lists.first(items(""));
    assertThat(none.reason()).isEqualTo("none recorded");
    assertThat(none.missing()).containsExactly(new Missing("PSA", "in 2026"));
  }

  @Test
  void rest_afterAnUncertainStart_leavesTheCandidatesForFirstOnlyPossible() {
    Items<String> rest = Lists.rest(items("a? b c"));
    assertThat(rest.definite()).containsExactly("c");
    assertThat(rest.possible()).extracting(Possible::item).containsExactly("a", "b");
    assertThat(rest.possible().get(1).reason()).isEqualTo("it may be the first");
    assertThat(rest.possible().get(0).reason()).isEqualTo("preliminary; it may be the first");

    Items<String> allUncertain = Lists.rest(items("a? b?"));
    assertThat(allUncertain.definite()).isEmpty();
    assertThat(allUncertain.possible()).hasSize(2);
    assertThat(Lists.rest(items("a")).isEmpty()).isTrue();
    assertThat(Lists.rest(items("")).isEmpty()).isTrue();
    assertThat(Lists.rest(items("a b? c")).possible())
        .extracting(Possible::item)
        .containsExactly("b");
    assertThat(Lists.rest(items("a b? c")).definite()).containsExactly("c");
  }
}
