package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The latest and the earliest of a list, which tell "surely more recent" without comparing every
 * pair of items, must pick as comparing every pair does: an item is out when some item that surely
 * belongs is surely more recent (a later day than the whole of its date; on the same full day, a
 * later time of day; else, when either has no time or both the same, a later issued instant).
 */
class MostRecentPairwiseProperty {
  private static final String[] DATES = {"2026-11-01", "2026-11-02", "2026-11"};
  private static final String[] TIMES = {null, "08:00", "09:00"};
  private static final String[] ISSUED = {null, "2026-11-01T10:00:00Z", "2026-11-01T12:00:00Z"};
  private static final String[] VALUES = {"4.1", "5.0"};

  /** One generated item: its record and whether it surely belongs. */
  record Item(Observation record, boolean definite) {}

  @Property(tries = 2000)
  void latest_picksAsEveryPairSays(@ForAll("lists") List<Item> items) {
    check(items, true);
  }

  @Property(tries = 2000)
  void earliest_picksAsEveryPairSays(@ForAll("lists") List<Item> items) {
    check(items, false);
  }

  private static void check(List<Item> items, boolean latest) {
    List<Member<Observation>> members = new ArrayList<>();
    for (Item i : items) {
      members.add(
          i.definite()
              ? Member.definite(i.record())
              : Member.possible(i.record(), "its status is unknown", List.of(STATUS)));
    }
    Items<Observation> list = new Items<>("PSA", "in 2026", members, Evidence.none(), Origin.NONE);
    Value<Observation> picked = latest ? Lists.latest(list) : Lists.earliest(list);

    List<Item> best = new ArrayList<>();
    List<Item> rivals = new ArrayList<>();
    List<Member<Observation>> bestMembers = new ArrayList<>();
    List<Member<Observation>> rivalMembers = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item x = items.get(i);
      boolean beaten = items.stream().anyMatch(y -> y.definite() && surelyPast(y, x, latest));
      if (!beaten) {
        (x.definite() ? best : rivals).add(x);
        (x.definite() ? bestMembers : rivalMembers).add(members.get(i));
      }
    }
    boolean known =
        rivals.isEmpty()
            && !best.isEmpty()
            && best.stream().allMatch(b -> b.record().value().equals(best.get(0).record().value()));
    assertThat(picked.isKnown()).as("known, for %s", items).isEqualTo(known);
    if (known) {
      assertThat(picked.get()).isSameAs(best.get(0).record());
    } else {
      // Why, in the order of the list: the uncertain items that may be past the best, else the
      // best items that disagree; and what is missing: the uncertain items' status, else the list.
      String reason;
      if (best.isEmpty() && rivals.isEmpty()) {
        reason = "none recorded";
      } else if (!rivals.isEmpty()) {
        reason =
            (best.isEmpty()
                    ? "only uncertain records: "
                    : "an uncertain record may be " + (latest ? "more recent" : "earlier") + ": ")
                + Show.members(rivalMembers);
      } else {
        reason = "different values at the same time: " + Show.members(bestMembers);
      }
      assertThat(picked.reason()).as("reason, for %s", items).isEqualTo(reason);
      assertThat(picked.missing())
          .as("missing, for %s", items)
          .isNotEmpty()
          .containsOnly(rivals.isEmpty() ? list.missing() : STATUS);
    }
    List<RecordRef> used = best.stream().map(b -> b.record().ref()).distinct().toList();
    assertThat(picked.evidence().used()).as("records used, for %s", items).isEqualTo(used);
  }

  /** Whether y is surely more recent (latest) or surely earlier (earliest) than x. */
  private static boolean surelyPast(Item y, Item x, boolean latest) {
    RecordDate a = y.record().effective();
    RecordDate b = x.record().effective();
    if (latest ? a.first().isAfter(b.last()) : a.last().isBefore(b.first())) {
      return true;
    }
    if (!a.isFullDate() || !b.isFullDate() || !a.first().equals(b.first())) {
      return false;
    }
    if (a.time() != null && b.time() != null && !a.time().equals(b.time())) {
      return latest ? a.time().isAfter(b.time()) : a.time().isBefore(b.time());
    }
    Instant ya = y.record().issued();
    Instant xb = x.record().issued();
    return ya != null && xb != null && (latest ? ya.isAfter(xb) : ya.isBefore(xb));
  }

  private static final Missing STATUS = new Missing("PSA", "status");

  /** What is drawn of one item, before it gets an id of its own. */
  private record Drawn(String when, String issued, String value, boolean definite) {}

  @Provide
  Arbitrary<List<Item>> lists() {
    Arbitrary<Drawn> drawn =
        Combinators.combine(
                Arbitraries.of(DATES),
                Arbitraries.of(TIMES),
                Arbitraries.of(ISSUED),
                Arbitraries.of(VALUES),
                Arbitraries.integers().between(0, 4))
            .as(MostRecentPairwiseProperty::drawn);
    return drawn.list().ofMinSize(0).ofMaxSize(6).map(MostRecentPairwiseProperty::numbered);
  }

  private static Drawn drawn(String date, String time, String issued, String value, int sure) {
    String when = time == null || date.length() < 10 ? date : date + "T" + time;
    return new Drawn(when, issued, value, sure > 0); // four in five surely belong
  }

  /** The items, each with an id of its own, so that records used can be told apart. */
  private static List<Item> numbered(List<Drawn> drawn) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      Drawn d = drawn.get(i);
      Observation psa = Fixtures.quantity("o" + i, "2857-1", d.when(), d.value(), "ng/mL");
      items.add(
          new Item(d.issued() == null ? psa : Fixtures.issued(psa, d.issued()), d.definite()));
    }
    return items;
  }
}
