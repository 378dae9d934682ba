package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Evidence;

import java.util.ArrayList;
import java.util.List;

/** The first or last item of a list in its order, and the rest after the first. */
final class Ends {
  private Ends() {}

  /** The first definite member in the order given, unless an uncertain one comes before it. */
  static <T> Value<T> end(Items<T> items, List<Member<T>> inOrder, String which) {
    String label = which + items.label();
    Origin origin = items.origin().from(items.missing());
    List<Member<T>> before = new ArrayList<>();
    for (Member<T> m : inOrder) {
      if (m.isDefinite()) {
        if (before.isEmpty()) {
          return Value.known(m.item(), items.evidence().and(Timing.used(List.of(m.item()))))
              .labelled(label).withOrigin(origin);
        }
        break;
      }
      before.add(m);
    }
    if (inOrder.isEmpty()) {
      return Value.<T>unknown("none recorded", List.of(items.missing()), items.evidence())
          .labelled(label).withOrigin(origin);
    }
    List<Missing> missing = new ArrayList<>();
    before.forEach(m -> missing.addAll(m.missing()));
    return Value.<T>unknown("an uncertain item may come first: "
            + Show.items(items.derive(before, Evidence.none())),
        missing.isEmpty() ? List.of(items.missing()) : missing, items.evidence())
        .labelled(label).withOrigin(origin);
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
    List<Member<T>> rest = new ArrayList<>();
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
