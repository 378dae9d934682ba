package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** List operations over three-valued membership, on plain strings: d = definite, p = possible. */
class ListsTest {
  private static final Missing WHY = new Missing("x", "status");

  /** Items from text such as {@code "a b? c"}: a trailing {@code ?} makes an item possible. */
  private static Items<String> items(String text) {
    List<Member<String>> members = new java.util.ArrayList<>();
    for (String word : text.trim().isEmpty() ? new String[0] : text.trim().split(" ")) {
      members.add(
          word.endsWith("?")
              ? Member.possible(word.substring(0, word.length() - 1), "tentative", List.of(WHY))
              : Member.definite(word));
    }
    return new Items<>("letters", "", members, Evidence.none(), Origin.NONE);
  }

  private static Truth vowel(String s) {
    return Truth.of("aeiou".contains(s), s + " is a vowel", Evidence.none());
  }

  @ParameterizedTest(name = "exists [{0}] = {1}")
  @CsvSource({"'a b', TRUE", "'a? b', TRUE", "'a? b?', UNKNOWN", "'', FALSE"})
  void exists_definiteTrue_onlyPossibleUnknown_noneFalse(String text, TruthValue expected) {
    assertThat(Lists.exists(items(text)).value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "any vowel in [{0}] = {1}, all vowels = {2}")
  @CsvSource({
    "'a b', TRUE, FALSE", "'b c', FALSE, FALSE", "'a e', TRUE, TRUE", "'b a?', UNKNOWN, FALSE",
    "'a b?', TRUE, UNKNOWN", "'b? c', FALSE, FALSE", "'a e?', TRUE, TRUE", "'', FALSE, TRUE"
  })
  void anyAll_threeValuedOverPossibleMembers(String text, TruthValue any, TruthValue all) {
    assertThat(Lists.anyList(items(text), ListsTest::vowel).value()).isEqualTo(any);
    assertThat(Lists.any(items(text), value -> vowel(value.get())).value()).isEqualTo(any);
    assertThat(Lists.allList(items(text), ListsTest::vowel).value()).isEqualTo(all);
    assertThat(Lists.all(items(text), value -> vowel(value.get())).value()).isEqualTo(all);
  }

  @Test
  void where_unknownConditionMakesItemsPossible() {
    Items<String> filtered =
        Lists.whereList(
            items("a b c"),
            "vowel or maybe b",
            s -> s.equals("b") ? Truth.unknown("b?", List.of(WHY), Evidence.none()) : vowel(s));
    assertThat(filtered.definite()).containsExactly("a");
    assertThat(filtered.possible()).extracting(Possible::item).containsExactly("b");
    assertThat(Lists.whereList(items("a"), "vowel", ListsTest::vowel).label())
        .isEqualTo("letters (vowel)");
    assertThat(Lists.where(items("a e b"), "vowel", value -> vowel(value.get())).definite())
        .containsExactly("a", "e");
  }

  @Test
  void count_knownOnlyWithoutPossibleItems() {
    assertThat(Lists.count(items("a b")).get()).isEqualTo(Quantity.number(2));
    Value<Quantity> uncertain = Lists.count(items("a b?"));
    assertThat(uncertain.isKnown()).isFalse();
    assertThat(uncertain.reason()).startsWith("between 1 and 2");
  }

  @ParameterizedTest(name = "first/last of [{0}] = {1}/{2}")
  @CsvSource({"'a b c', a, c", "'a? b c', ?, c", "'a b c?', a, ?", "'', ?, ?"})
  void firstLast_unknownWhenAnUncertainItemComesBefore(String text, String first, String last) {
    Value<String> f = Lists.first(items(text));
    Value<String> l = Lists.last(items(text));
    assertThat(f.isKnown() ? f.get() : "?").isEqualTo(first);
    assertThat(l.isKnown() ? l.get() : "?").isEqualTo(last);
  }

  @Test
  void rest_dropsTheFirst_orMakesTheUncertainHeadPossible() {
    assertThat(Lists.rest(items("a b c")).definite()).containsExactly("b", "c");
    Items<String> rest = Lists.rest(items("a? b c"));
    assertThat(rest.definite()).containsExactly("c");
    assertThat(rest.possible()).extracting(Possible::item).containsExactly("a", "b");
  }

  @Test
  void runsAndPairs_consecutive_possibleAroundUncertainItems() {
    Items<Items<String>> runs = Lists.runs(items("a b c d"), 3);
    assertThat(runs.definite())
        .extracting(Items::definite)
        .containsExactly(List.of("a", "b", "c"), List.of("b", "c", "d"));
    Items<Items<String>> uncertain = Lists.runs(items("a b? c"), 2);
    assertThat(uncertain.definite()).isEmpty();
    assertThat(uncertain.possible())
        .extracting(p -> p.item().definite())
        .containsExactly(List.of("a", "b"), List.of("b", "c"), List.of("a", "c"));
    Items<Pair<String>> pairs = Lists.pairs(items("a b c"));
    assertThat(pairs.definite())
        .extracting(p -> p.previous().get() + p.next().get())
        .containsExactly("ab", "bc");
  }
}
