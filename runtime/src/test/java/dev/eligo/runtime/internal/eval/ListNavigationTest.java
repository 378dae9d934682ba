package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Choosing between lists on a three-valued condition, counting tentative records as not refuted,
 * the n-th item, the items after one and an item's neighbours: each unknown, with the reason, when
 * an uncertain item is in the way.
 */
class ListNavigationTest {
  private static final Missing WHY = new Missing("letter", "status");
  private static final RecordRef R = RecordRef.of("Observation", "cond");

  /** Items from text such as {@code "a b? c~"}: {@code ?} possible, {@code ~} tentative. */
  private static Items<String> items(String text) {
    return items("letters", text);
  }

  private static Items<String> items(String concept, String text) {
    List<Member<String>> members = new ArrayList<>();
    for (String word : text.trim().isEmpty() ? new String[0] : text.trim().split(" ")) {
      String item = word.replaceAll("[?~]$", "");
      members.add(
          word.endsWith("?")
              ? Member.possible(item, "its date is partial", List.of(WHY))
              : word.endsWith("~")
                  ? Member.tentative(item, "unconfirmed", List.of(WHY))
                  : Member.definite(item));
    }
    return new Items<>(concept, "in 2026", members, Evidence.none(), Origin.NONE);
  }

  private static Truth known(boolean value) {
    return Truth.of(value, "on treatment", Evidence.used(R));
  }

  @Test
  void choose_aKnownConditionTakesOneList_withTheConditionsEvidence() {
    Items<String> then = items("a b");
    Items<String> otherwise = items("c");

    Items<String> chosen = Lists.choose(known(true), () -> then, () -> otherwise);
    assertThat(chosen.definite()).containsExactly("a", "b");
    assertThat(chosen.evidence().used()).containsExactly(R);
    assertThat(Lists.choose(known(false), () -> then, () -> otherwise).definite())
        .containsExactly("c");
  }

  @Test
  void choose_anUnknownCondition_keepsWhatBothListsHold_andMakesTheRestPossible() {
    Items<String> then = items("letters", "a b");
    Items<String> otherwise = items("vowels", "");
    // the same objects in both lists: b is in both
    List<Member<String>> shared = new ArrayList<>(then.members().subList(1, 2));
    shared.add(Member.definite("e"));
    Items<String> other = new Items<>("vowels", "in 2025", shared, Evidence.none(), Origin.NONE);
    Truth unknown =
        Truth.unknown("on treatment", List.of(new Missing("treatment", "")), Evidence.used(R));

    Items<String> chosen = Lists.choose(unknown, () -> then, () -> other);
    assertThat(chosen.definite()).containsExactly("b");
    assertThat(chosen.possible()).extracting(Possible::item).containsExactly("a", "e");
    assertThat(chosen.possible().get(0).reason())
        .isEqualTo("depends on on treatment, which is unknown");
    assertThat(chosen.possible().get(0).missing()).containsExactly(new Missing("treatment", ""));
    assertThat(chosen.concept()).isEqualTo("letters or vowels");
    assertThat(chosen.where()).isEmpty();
    assertThat(chosen.evidence().used()).containsExactly(R);

    Items<String> same = Lists.choose(unknown, () -> then, () -> then);
    assertThat(same.concept()).isEqualTo("letters");
    assertThat(same.where()).isEqualTo("in 2026");
    assertThat(same.definite()).containsExactly("a", "b");
    assertThat(otherwise.isEmpty()).isTrue();
  }

  @Test
  void choose_anUnknownCondition_anItemPossibleInOneAndDefiniteInTheOther_staysPossible() {
    Items<String> then = items("a?");
    List<Member<String>> definiteA = List.of(Member.definite(then.members().get(0).item()));
    Items<String> other =
        new Items<>("letters", "in 2026", definiteA, Evidence.none(), Origin.NONE);
    Truth unknown = Truth.unknown("x", List.of(), Evidence.none());

    for (Items<String> chosen :
        List.of(
            Lists.choose(unknown, () -> then, () -> other),
            Lists.choose(unknown, () -> other, () -> then))) {
      assertThat(chosen.definite()).isEmpty();
      assertThat(chosen.possible())
          .extracting(Possible::reason)
          .containsExactly("its date is partial");
    }
  }

  @Test
  void unrefuted_countsTentativeRecords_butNotOnesUncertainForAnotherReason() {
    Items<String> notRefuted = Lists.unrefuted(items("a b~ c?"));
    assertThat(notRefuted.definite()).containsExactly("a", "b");
    assertThat(notRefuted.possible()).extracting(Possible::item).containsExactly("c");
    assertThat(notRefuted.concept()).isEqualTo("letters (not refuted)");
    assertThat(notRefuted.where()).isEqualTo("in 2026");
  }

  @Test
  void single_holdsTheListAsAKnownValue() {
    Items<String> list = items("a b");
    Value<Items<String>> single = Lists.single(list);
    assertThat(single.get()).isSameAs(list);
    assertThat(single.shown()).isEqualTo(Show.items(list));
  }

  @Test
  void nth_isTheItemAtThatPlace_unknownWhenTooFewOrAnUncertainOneComesBefore() {
    Value<String> second = Lists.nth(items("a b c"), 2);
    assertThat(second.get()).isEqualTo("b");
    assertThat(second.label()).isEqualTo("item 2 of letters in 2026");
    assertThat(Lists.nth(items("a b c"), 3).get()).isEqualTo("c");
    assertThat(Lists.nth(items("a b c?"), 2).get()).isEqualTo("b");

    Value<String> fourth = Lists.nth(items("a b c"), 4);
    assertThat(fourth.reason()).isEqualTo("only 3 recorded");
    assertThat(fourth.missing()).containsExactly(new Missing("letters", "in 2026"));

    Value<String> blocked = Lists.nth(items("a b? c"), 2);
    assertThat(blocked.reason())
        .isEqualTo("an uncertain item comes before item 2: b (its date is partial)");
    assertThat(blocked.missing()).containsExactly(WHY);
    List<Member<String>> noWhy = List.of(Member.possible("a", "maybe", List.of()));
    Value<String> first =
        Lists.nth(new Items<>("letters", "", noWhy, Evidence.none(), Origin.NONE), 1);
    assertThat(first.missing()).containsExactly(new Missing("letters", ""));
  }

  @Test
  void after_isTheItemsFollowingOne_allOnlyPossibleWhenItIsUnknown() {
    Items<String> list = items("a b c");
    Items<String> after = Lists.after(list, Value.of(list.definite().get(0)));
    assertThat(after.definite()).containsExactly("b", "c");
    assertThat(after.concept()).isEqualTo("letters after a");
    assertThat(Lists.after(list, Value.of("c")).definite()).isEmpty();
    assertThat(Lists.after(list, Value.of("z")).definite()).isEmpty();

    Value<String> unknown =
        Value.<String>unknown("no start recorded", List.of(WHY), Evidence.none()).labelled("start");
    Items<String> uncertain = Lists.after(list, unknown);
    assertThat(uncertain.definite()).isEmpty();
    assertThat(uncertain.possible()).extracting(Possible::item).containsExactly("a", "b", "c");
    assertThat(uncertain.possible().get(0).reason())
        .isEqualTo("it depends on start: no start recorded, which is unknown");
    assertThat(uncertain.concept()).isEqualTo("letters after start: no start recorded");
  }

  @Test
  void nextAndPrevious_areTheNeighbours_unknownAtTheEndsOrWhenUncertain() {
    Items<String> list = items("a b c? d");
    Value<String> afterA = Lists.next(list, Value.of("a"));
    assertThat(afterA.get()).isEqualTo("b");
    assertThat(afterA.label()).isEqualTo("the item after a");
    assertThat(Lists.previous(list, Value.of("b")).get()).isEqualTo("a");
    assertThat(Lists.previous(list, Value.of("b")).label()).isEqualTo("the item before b");

    Value<String> afterD = Lists.next(list, Value.of("d"));
    assertThat(afterD.reason()).isEqualTo("none recorded after it");
    assertThat(afterD.missing()).containsExactly(new Missing("letters", "in 2026"));
    assertThat(Lists.previous(list, Value.of("a")).reason()).isEqualTo("none recorded before it");
    assertThat(Lists.next(list, Value.of("z")).reason()).isEqualTo("none recorded after it");

    Value<String> afterB = Lists.next(list, Value.of("b"));
    assertThat(afterB.reason())
        .isEqualTo("the item after it is uncertain: c (its date is partial)");
    assertThat(afterB.missing()).containsExactly(WHY);
    assertThat(Lists.previous(list, Value.of("d")).reason())
        .isEqualTo("the item before it is uncertain: c (its date is partial)");

    Value<String> unknown =
        Value.<String>unknown("no start recorded", List.of(WHY), Evidence.none()).labelled("start");
    Value<String> ofUnknown = Lists.next(list, unknown);
    assertThat(ofUnknown.isKnown()).isFalse();
    assertThat(ofUnknown.reason()).isEqualTo("start: no start recorded");
    assertThat(ofUnknown.missing()).containsExactly(WHY);
  }
}
