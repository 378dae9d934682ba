package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs of consecutive items (three rising PSA values in a row) when some items only may count: a
 * run is sure when it is a run with and without the uncertain items, possible otherwise, saying
 * which items it goes through or skips and what would decide them.
 */
class ConsecutiveRunsTest {

  /** Items from text such as {@code "a b? c"}: a trailing {@code ?} makes an item possible. */
  private static Items<String> items(String text) {
    List<Member<String>> members = new ArrayList<>();
    for (String word : text.trim().isEmpty() ? new String[0] : text.trim().split(" ")) {
      String item = word.replace("?", "");
      members.add(
          word.endsWith("?")
              ? Member.possible(item, "preliminary", List.of(new Missing("PSA", item)))
              : Member.definite(item));
    }
    return new Items<>("PSA", "in 2026", members, Evidence.none(), Origin.NONE);
  }

  private static List<List<String>> definite(Items<Items<String>> runs) {
    return runs.definite().stream().map(Items::definite).toList();
  }

  private static List<List<String>> possible(Items<Items<String>> runs) {
    return runs.possible().stream().map(p -> p.item().definite()).toList();
  }

  @Test
  void runsOfSureItems_areEveryWindowOfThatLength_namedAfterIt() {
    Items<Items<String>> runs = Lists.runs(items("a b c d"), 3);
    assertThat(definite(runs)).containsExactly(List.of("a", "b", "c"), List.of("b", "c", "d"));
    assertThat(runs.concept()).isEqualTo("3 consecutive PSA");
    assertThat(runs.where()).isEqualTo("in 2026");
    assertThat(definite(Lists.runs(items("a b c"), 3))).containsExactly(List.of("a", "b", "c"));
    assertThat(Lists.runs(items("a b"), 3).isEmpty()).isTrue();
    assertThat(Lists.runs(items("a b"), 0).isEmpty()).isTrue();
    assertThat(definite(Lists.runs(items("a b"), 1))).containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void aRunThroughAnUncertainItem_onlyMayBeARun_sayingWhy() {
    Items<Items<String>> runs = Lists.runs(items("a b? c d"), 2);
    // a-b and b-c go through b; c-d is a run either way; a-c is one only without b
    assertThat(definite(runs)).containsExactly(List.of("c", "d"));
    assertThat(possible(runs))
        .containsExactly(List.of("a", "b"), List.of("b", "c"), List.of("a", "c"));
    Possible<Items<String>> through = runs.possible().get(0);
    assertThat(through.reason()).isEqualTo("b may count (preliminary)");
    assertThat(through.missing()).containsExactly(new Missing("PSA", "b"));
    Possible<Items<String>> skipping = runs.possible().get(2);
    assertThat(skipping.reason()).isEqualTo("b may count (preliminary)");
    assertThat(skipping.missing()).containsExactly(new Missing("PSA", "b"));
    assertThat(runs.concept()).isEqualTo("2 consecutive PSA");
  }

  @Test
  void aRunThroughTwoUncertainItems_namesBoth() {
    Items<Items<String>> runs = Lists.runs(items("a b? c? d"), 3);
    assertThat(definite(runs)).isEmpty();
    Possible<Items<String>> abc = runs.possible().get(0);
    assertThat(abc.item().definite()).containsExactly("a", "b", "c");
    assertThat(abc.reason()).isEqualTo("b may count (preliminary); c may count (preliminary)");
    assertThat(abc.missing()).containsExactly(new Missing("PSA", "b"), new Missing("PSA", "c"));
    // a, d without b and c is too short; a-b-c, b-c-d are the runs with all items
    assertThat(possible(runs)).containsExactly(List.of("a", "b", "c"), List.of("b", "c", "d"));
  }

  @Test
  void runsOfSureItemsSkippingUncertainOnes_nameOnlyThoseSkipped() {
    Items<Items<String>> runs = Lists.runs(items("a b c? d e? f"), 3);
    assertThat(possible(runs)).contains(List.of("b", "d", "f"));
    Possible<Items<String>> bdf =
        runs.possible().stream()
            .filter(p -> p.item().definite().equals(List.of("b", "d", "f")))
            .findFirst()
            .orElseThrow();
    assertThat(bdf.reason()).isEqualTo("c may count (preliminary); e may count (preliminary)");
    Possible<Items<String>> abd =
        runs.possible().stream()
            .filter(p -> p.item().definite().equals(List.of("a", "b", "d")))
            .findFirst()
            .orElseThrow();
    assertThat(abd.reason()).isEqualTo("c may count (preliminary)");
  }
}
