package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PSA progression as the data dictionary defines it: among the PSA values of the window, one per
 * day, four consecutive rising values each at least 7 days after the one before, at least two of
 * the last three 50% or more above the nadir (the lowest value at or before the first), and the
 * last above 2 ng/mL. A value that is not one number, or fewer than four values, is unknown.
 */
final class PsaProgression {
  private static final BigDecimal HALF_AGAIN = new BigDecimal("1.5");
  private static final BigDecimal TWO = new BigDecimal("2");

  private PsaProgression() {}

  static TruthValue of(List<Found<Observation>> psa, Lab lab) {
    // One value per day, in time order; two different values on one day are a conflict (null).
    Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
    Map<LocalDate, Boolean> conflict = new TreeMap<>();
    for (Found<Observation> f : psa) {
      RecordDate date = f.item().effective();
      if (date == null) {
        continue;
      }
      if (!f.isSure() || !date.isFullDate()) {
        return TruthValue.UNKNOWN; // an uncertain PSA value could make or break any run
      }
      BigDecimal value = lab.valueOf(f.item());
      if (value == null) {
        return TruthValue.UNKNOWN; // a comparator or a unit that cannot be converted
      }
      LocalDate day = date.first();
      BigDecimal before = byDay.get(day);
      if (before != null && before.compareTo(value) != 0 || conflict.containsKey(day)) {
        conflict.put(day, Boolean.TRUE);
      }
      byDay.put(day, value);
    }
    if (byDay.size() < 4) {
      return TruthValue.UNKNOWN;
    }
    List<LocalDate> days = new ArrayList<>(byDay.keySet());
    List<BigDecimal> values = new ArrayList<>();
    for (LocalDate day : days) {
      values.add(conflict.containsKey(day) ? null : byDay.get(day));
    }
    TruthValue any = TruthValue.FALSE;
    for (int i = 0; i + 4 <= days.size(); i++) {
      any = Tri.or(any, run(days, values, i));
    }
    return any;
  }

  private static TruthValue run(List<LocalDate> days, List<BigDecimal> values, int first) {
    TruthValue rising = TruthValue.TRUE;
    for (int k = first; k < first + 3; k++) {
      boolean weekApart = !days.get(k).plusDays(7).isAfter(days.get(k + 1));
      rising =
          Tri.and(
              rising, Tri.and(greater(values.get(k + 1), values.get(k)), TruthValue.of(weekApart)));
    }
    BigDecimal nadir = null;
    boolean nadirKnown = true;
    for (int k = 0; k <= first; k++) {
      BigDecimal v = values.get(k);
      if (v == null) {
        nadirKnown = false;
      } else if (nadir == null || v.compareTo(nadir) < 0) {
        nadir = v;
      }
    }
    TruthValue twoAboveNadir;
    if (!nadirKnown) {
      twoAboveNadir = TruthValue.UNKNOWN;
    } else {
      BigDecimal bar = HALF_AGAIN.multiply(nadir);
      int surely = 0;
      boolean unsure = false;
      for (int k = first + 1; k < first + 4; k++) {
        BigDecimal v = values.get(k);
        if (v == null) {
          unsure = true;
        } else if (v.compareTo(bar) >= 0) {
          surely++;
        }
      }
      twoAboveNadir = unsure ? TruthValue.UNKNOWN : TruthValue.of(surely >= 2);
    }
    TruthValue lastAboveTwo = greater(values.get(first + 3), TWO);
    return Tri.and(rising, Tri.and(twoAboveNadir, lastAboveTwo));
  }

  private static TruthValue greater(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? TruthValue.UNKNOWN : TruthValue.of(a.compareTo(b) > 0);
  }
}
