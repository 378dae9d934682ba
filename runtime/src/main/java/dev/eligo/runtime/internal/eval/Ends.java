package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The first or last item of a list in its order, and the rest after the first. */
final class Ends {
  private Ends() {}

  /**
   * The first definite member from the front (or, for {@code fromFront} false, from the back),
   * unless an uncertain one comes before it.
   */
  static <T> Value<T> end(Items<T> items, boolean fromFront, String which) {
    Supplier<String> label = () -> which + items.label();
    Origin origin = items.origin().from(items);
    List<Member<T>> members = items.members();
    List<Member<T>> before = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(fromFront ? i : members.size() - 1 - i);
      if (m.isDefinite()) {
        if (before.isEmpty()) {
          return Value.known(
              m.item(), items.evidence().and(Timing.usedItem(m.item())), label, origin);
        }
        break;
      }
      before.add(m);
    }
    if (members.isEmpty()) {
      return Value.unknown(
          "none recorded", List.of(items.missing()), items.evidence(), label, origin);
    }
    List<Missing> missing = new ArrayList<>();
    before.forEach(m -> missing.addAll(m.missing()));
    Supplier<String> reason = () -> "an uncertain item may come first: " + Show.members(before);
    return Value.unknown(
        reason,
        missing.isEmpty() ? List.of(items.missing()) : missing,
        items.evidence(),
        label,
        origin);
  }

  /**
   * All but the first item. When uncertain items come before the first definite one, nobody can
   * tell which is first, so those and the first definite one stay only possible.
   */
  static <T> Items<T> rest(Items<T> items) {
    List<Member<T>> members = items.members();
    int firstDefinite = -1;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).isDefinite()) {
        firstDefinite = i;
        break;
      }
    }
    List<Member<T>> rest = new ArrayList<>(members.size());
    if (firstDefinite == 0) {
      rest.addAll(members.subList(1, members.size()));
    } else {
      int uncertainUpTo = firstDefinite < 0 ? members.size() : firstDefinite + 1;
      for (int i = 0; i < members.size(); i++) {
        Member<T> m = members.get(i);
        rest.add(i < uncertainUpTo ? m.atMostPossible("it may be the first", List.of()) : m);
      }
    }
    return items.derive(rest, Evidence.none());
  }
}
