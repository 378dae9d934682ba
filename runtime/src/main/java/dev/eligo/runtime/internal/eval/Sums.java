package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Conversion;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Totals over the items of a list: {@code sum use in steroids of use.dailyDose in 'mg/d'}. Each
 * item's amount is converted into the total's unit with UCUM (and the concept's molar mass); an
 * empty list totals zero. A total with unknown parts (an unknown amount, an item that only may
 * belong) is unknown, but keeps the interval it surely lies in, so that a comparison the whole
 * interval decides is decided: when amounts cannot be negative, the known amounts of the items that
 * surely belong are a floor whatever the others add.
 */
public final class Sums {
  private Sums() {}

  /**
   * The total of {@code amount} over the items, each handed over as a value (see {@link
   * Lists#where}).
   *
   * @param phrase what is added, for explanations: {@code daily dose of use in mg/d}
   * @param unit the total's UCUM unit ({@code 1} for numbers)
   * @param nonNegative whether no amount can be negative (durations, doses, counts): then an
   *     unknown amount can only raise the total
   */
  public static <T> Value<Quantity> total(
      Items<T> items,
      String phrase,
      String unit,
      boolean nonNegative,
      Function<Value<T>, Value<Quantity>> amount) {
    return totalOf(items, phrase, unit, nonNegative, item -> amount.apply(items.valueOf(item)));
  }

  /** As {@link #total}, handing each item over as it is (a run of a series is a list). */
  public static <T> Value<Quantity> totalList(
      Items<T> items,
      String phrase,
      String unit,
      boolean nonNegative,
      Function<T, Value<Quantity>> amount) {
    return totalOf(items, phrase, unit, nonNegative, amount);
  }

  private static <T> Value<Quantity> totalOf(
      Items<T> items,
      String phrase,
      String unit,
      boolean nonNegative,
      Function<T, Value<Quantity>> amount) {
    Interval total = new Interval();
    List<Missing> missing = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> open = new ArrayList<>();
    Evidence evidence = items.evidence();
    for (Member<T> m : items.members()) {
      T item = m.item();
      Value<Quantity> a = amount.apply(item);
      evidence = evidence.and(a.evidence());
      String unusable = null;
      BigDecimal x = null;
      if (a.isKnown()) {
        Conversion c = a.origin().converterWith(items.origin()).convert(a.get(), unit);
        if (c instanceof Conversion.Converted converted) {
          x = converted.result().value();
        } else {
          unusable = a.shown() + " cannot be added in " + unit;
        }
      }
      String why = unusable != null ? unusable : a.reason();
      if (m.isDefinite()) {
        if (x != null) {
          total.add(x);
          added.add(a.shown() + " (" + Show.of(item) + ")");
        } else {
          total.addUnknown(nonNegative);
          open.add(Show.of(item) + ": " + why);
          missing.addAll(amountMissing(a, phrase, item));
        }
      } else {
        missing.addAll(m.missing());
        if (x != null) {
          total.addPossible(x);
          open.add(a.shown() + " (" + Show.of(item) + ") may count: " + m.reason());
        } else {
          total.addUnknown(nonNegative);
          open.add(Show.of(item) + " may count (" + m.reason() + "), its amount: " + why);
          missing.addAll(amountMissing(a, phrase, item));
        }
      }
    }
    Supplier<String> label = () -> "total of " + phrase + " over " + items.label();
    if (open.isEmpty()) {
      Quantity sum = Quantity.of(total.sure, unit);
      Supplier<String> shown =
          () ->
              sum.shown()
                  + (added.isEmpty()
                      ? " (none)"
                      : added.size() == 1
                          ? " (" + added.get(0) + ")"
                          : " (= " + String.join(" + ", added) + ")");
      return Value.known(sum, shown, evidence, label, Origin.NONE);
    }
    Bounds bounds = total.bounds(unit);
    Supplier<String> reason =
        () ->
            range(bounds)
                + ": "
                + (added.isEmpty() ? "" : "added " + String.join(" + ", added) + "; ")
                + "not known: "
                + String.join("; ", open);
    return Value.<Quantity>unknown(
            reason, List.copyOf(new LinkedHashSet<>(missing)), evidence, label, Origin.NONE)
        .within(bounds);
  }

  /** The data that would give an unknown amount, or the amount itself named by its record. */
  private static List<Missing> amountMissing(Value<Quantity> a, String phrase, Object item) {
    return a.missing().isEmpty() ? List.of(new Missing(phrase, Show.of(item))) : a.missing();
  }

  private static String range(Bounds bounds) {
    if (bounds.low() != null && bounds.high() != null) {
      return "between "
          + show(bounds.low(), bounds.unit())
          + " and "
          + show(bounds.high(), bounds.unit());
    }
    if (bounds.low() != null) {
      return "at least " + show(bounds.low(), bounds.unit());
    }
    if (bounds.high() != null) {
      return "at most " + show(bounds.high(), bounds.unit());
    }
    return "unknown";
  }

  private static String show(BigDecimal value, String unit) {
    return Quantity.of(value, unit).shown();
  }

  /** The least and most a total can be, as items are added. */
  private static final class Interval {
    BigDecimal sure = BigDecimal.ZERO;
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ZERO;

    void add(BigDecimal x) {
      sure = sure.add(x);
      low = low == null ? null : low.add(x);
      high = high == null ? null : high.add(x);
    }

    /** An item that only may belong, with a known amount: it adds nothing or all of it. */
    void addPossible(BigDecimal x) {
      if (x.signum() < 0) {
        low = low == null ? null : low.add(x);
      } else {
        high = high == null ? null : high.add(x);
      }
    }

    /** An unknown amount: anything above, or anything at all when it may be negative. */
    void addUnknown(boolean nonNegative) {
      high = null;
      if (!nonNegative) {
        low = null;
      }
    }

    Bounds bounds(String unit) {
      return new Bounds(low, high, unit);
    }
  }
}
