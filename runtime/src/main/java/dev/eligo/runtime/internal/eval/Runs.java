package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs of consecutive items. With uncertain members, a run is definite only when it is a run both
 * with and without them; a run through an uncertain item, or one that an uncertain item could
 * break, is only possible.
 */
final class Runs {
  private Runs() {}

  static <T> Items<Items<T>> of(Items<T> items, int length) {
    List<Member<T>> all = items.members();
    if (allDefinite(all)) {
      // Every run is a run with and without the uncertain members, there being none.
      List<Member<Items<T>>> runs = new ArrayList<>(Math.max(0, all.size() - length + 1));
      for (int i = 0; length > 0 && i + length <= all.size(); i++) {
        runs.add(Member.definite(items.runOf(all.subList(i, i + length))));
      }
      return Items.named(
          () -> length + " consecutive " + items.concept(),
          items.whereAsHeld(),
          runs,
          items.evidence(),
          items.origin());
    }
    List<Member<T>> surely = new ArrayList<>();
    all.stream().filter(Member::isDefinite).forEach(surely::add);
    List<List<Member<T>>> withAll = windows(all, length);
    List<List<Member<T>>> withSurely = windows(surely, length);
    List<Member<Items<T>>> runs = new ArrayList<>();
    for (List<Member<T>> run : withAll) {
      if (contains(withSurely, run)) {
        runs.add(Member.definite(run(items, run)));
      } else {
        runs.add(possible(items, run, through(run)));
      }
    }
    for (List<Member<T>> run : withSurely) {
      if (!contains(withAll, run)) {
        runs.add(possible(items, run, skipped(all, run)));
      }
    }
    return Items.named(
        () -> length + " consecutive " + items.concept(),
        items.whereAsHeld(),
        runs,
        items.evidence(),
        items.origin());
  }

  static <T> boolean allDefinite(List<Member<T>> members) {
    for (int i = 0; i < members.size(); i++) {
      if (!members.get(i).isDefinite()) {
        return false;
      }
    }
    return true;
  }

  private static <T> List<List<Member<T>>> windows(List<Member<T>> members, int length) {
    List<List<Member<T>>> windows = new ArrayList<>();
    for (int i = 0; length > 0 && i + length <= members.size(); i++) {
      windows.add(members.subList(i, i + length));
    }
    return windows;
  }

  private static <T> boolean contains(List<List<Member<T>>> runs, List<Member<T>> run) {
    for (List<Member<T>> other : runs) {
      if (sameItems(other, run)) {
        return true;
      }
    }
    return false;
  }

  private static <T> boolean sameItems(List<Member<T>> a, List<Member<T>> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).item() != b.get(i).item()) {
        return false;
      }
    }
    return true;
  }

  private static <T> Items<T> run(Items<T> items, List<Member<T>> run) {
    List<Member<T>> definite = new ArrayList<>();
    run.forEach(m -> definite.add(m.isDefinite() ? m : Member.definite(m.item())));
    return items.runOf(definite);
  }

  private static <T> Member<Items<T>> possible(
      Items<T> items, List<Member<T>> run, List<Member<T>> uncertain) {
    List<Missing> missing = new ArrayList<>();
    for (Member<T> m : uncertain) {
      missing.addAll(m.missing());
    }
    return Member.possible(
        run(items, run),
        () -> {
          List<String> reasons = new ArrayList<>();
          uncertain.forEach(
              m -> reasons.add(Show.of(m.item()) + " may count (" + m.reason() + ")"));
          return String.join("; ", reasons);
        },
        missing);
  }

  private static <T> List<Member<T>> through(List<Member<T>> run) {
    List<Member<T>> uncertain = new ArrayList<>();
    run.stream().filter(m -> !m.isDefinite()).forEach(uncertain::add);
    return uncertain;
  }

  /** The uncertain members between the first and last item of a run of definite members. */
  private static <T> List<Member<T>> skipped(List<Member<T>> all, List<Member<T>> run) {
    Map<Object, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      position.put(all.get(i).item(), i);
    }
    int from = position.get(run.get(0).item());
    int to = position.get(run.get(run.size() - 1).item());
    List<Member<T>> uncertain = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      if (!all.get(i).isDefinite()) {
        uncertain.add(all.get(i));
      }
    }
    return uncertain;
  }
}
