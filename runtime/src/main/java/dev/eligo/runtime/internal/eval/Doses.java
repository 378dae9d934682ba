package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Conversion;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.quantity.UnitConverter;
import dev.eligo.runtime.record.Amount;
import dev.eligo.runtime.record.Dosage;
import dev.eligo.runtime.record.Frequency;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dose of a medication use, how often it is given and the daily dose that follows (dose × times
 * per day, with UCUM units: 100 mg twice a day is 200 mg/d), and the days on which doses were
 * given. A part that is written but cannot be used makes the value unknown with the record named as
 * present but unusable ({@code dose of MedicationRequest/x has no frequency}).
 */
public final class Doses {
  private static final String PER_DAY = "/d";

  private Doses() {}

  /** The amount of one dose; unknown when none is recorded or the instructions differ. */
  static Value<Quantity> dose(MedicationUse use) {
    String what = "dose of " + use.ref();
    Evidence used = Evidence.used(use.ref());
    List<Amount> amounts = new ArrayList<>();
    for (Dosage dosage : use.dosages()) {
      if (dosage.doseProblem() != null) {
        return unusable(what, dosage.doseProblem(), used);
      }
      if (dosage.dose() != null && !amounts.contains(dosage.dose())) {
        amounts.add(dosage.dose());
      }
    }
    if (amounts.isEmpty()) {
      return absent(what, "no dose recorded", used);
    }
    if (amounts.size() > 1) {
      return unusable(
          what, "differs between its dosage instructions (" + joined(amounts) + ")", used);
    }
    return Value.known(quantity(amounts.get(0)), used).labelled(what);
  }

  /**
   * How many times a day the dose is given, in {@code /d}; unknown when it is not one fixed
   * frequency.
   */
  static Value<Quantity> frequency(MedicationUse use) {
    String what = "frequency of " + use.ref();
    Evidence used = Evidence.used(use.ref());
    List<Quantity> perDay = new ArrayList<>();
    for (Dosage dosage : use.dosages()) {
      if (dosage.asNeeded()) {
        return unusable(what, "is as needed, not a fixed frequency", used);
      }
      if (dosage.frequencyProblem() != null) {
        return unusable(what, dosage.frequencyProblem(), used);
      }
      if (dosage.frequency() != null) {
        Value<Quantity> times = perDay(BigDecimal.ONE, dosage.frequency(), what, used);
        if (!times.isKnown()) {
          return times;
        }
        if (perDay.stream().noneMatch(q -> q.value().compareTo(times.get().value()) == 0)) {
          perDay.add(times.get());
        }
      }
    }
    if (perDay.isEmpty()) {
      return use.source() == MedicationSource.ADMINISTRATION
          ? unusable(what, "is not stated: an administration is one dose given", used)
          : absent(what, "no frequency recorded", used);
    }
    if (perDay.size() > 1) {
      List<String> shown = new ArrayList<>();
      perDay.forEach(q -> shown.add(q.toString()));
      return unusable(
          what, "differs between its dosage instructions (" + String.join(", ", shown) + ")", used);
    }
    return Value.known(perDay.get(0), used).labelled(what);
  }

  /**
   * The amount taken per day: each dosage instruction's dose times how often it is given per day,
   * summed over the instructions; in the dose's unit per day ({@code mg/d}).
   */
  static Value<Quantity> dailyDose(MedicationUse use) {
    String what = "daily dose of " + use.ref();
    String dose = "dose of " + use.ref();
    Evidence used = Evidence.used(use.ref());
    if (use.source() == MedicationSource.ADMINISTRATION) {
      return unusable(
          what, "cannot be told: an administration is one dose given, not a daily regimen", used);
    }
    if (use.dosages().isEmpty()) {
      return absent(what, "no dose recorded", used);
    }
    Quantity total = null;
    UnitConverter ucum = UnitConverter.plain();
    for (Dosage dosage : use.dosages()) {
      if (dosage.asNeeded()) {
        return unusable(dose, "is taken as needed, so no daily dose follows from it", used)
            .labelled(what);
      }
      if (dosage.doseProblem() != null) {
        return unusable(dose, dosage.doseProblem(), used).labelled(what);
      }
      if (dosage.dose() == null) {
        return unusable(dose, "is not stated, only how often it is given", used).labelled(what);
      }
      if (dosage.frequencyProblem() != null) {
        return unusable("frequency of " + use.ref(), dosage.frequencyProblem(), used)
            .labelled(what);
      }
      if (dosage.frequency() == null) {
        return unusable(dose, "has no frequency", used).labelled(what);
      }
      Value<Quantity> perDay =
          perDay(dosage.dose().value(), dosage.frequency(), "frequency of " + use.ref(), used);
      if (!perDay.isKnown()) {
        return perDay.labelled(what);
      }
      Quantity daily = Quantity.of(perDay.get().value(), perDayUnit(dosage.dose().unit()));
      if (total == null) {
        total = daily;
      } else if (total.unit().equals(daily.unit())) {
        total = Quantity.of(total.value().add(daily.value()), total.unit());
      } else if (ucum.convert(daily, total.unit()) instanceof Conversion.Converted c) {
        total = Quantity.of(total.value().add(c.result().value()), total.unit());
      } else {
        return unusable(
            what,
            "cannot be added up: its doses are in '"
                + total.unit()
                + "' and '"
                + daily.unit()
                + "'",
            used);
      }
    }
    return Value.known(Quantity.of(total.value().stripTrailingZeros(), total.unit()), used)
        .labelled(what);
  }

  /**
   * The number of distinct days on which the uses gave a dose: the day of each administration.
   * Unknown when a use is not an administration (a statement or order covers a period, not days of
   * doses), has no full date, or only may belong to the list.
   */
  public static Value<Quantity> doseDays(Items<MedicationUse> uses) {
    String label = "days with a dose of " + uses.label();
    Set<LocalDate> surely = new TreeSet<>();
    List<String> doubts = new ArrayList<>();
    List<Missing> missing = new ArrayList<>();
    int atMostMore = 0;
    boolean unbounded = false;
    List<MedicationUse> all = new ArrayList<>();
    for (Member<MedicationUse> m : uses.members()) {
      MedicationUse use = m.item();
      all.add(use);
      RecordDate start = use.period() == null ? null : use.period().start();
      if (use.source() != MedicationSource.ADMINISTRATION) {
        doubts.add(use.ref() + " records use over a period, not the days doses were given");
        missing.add(
            new Missing(
                "days of doses of " + use.ref(), "are not recorded: it is not an administration"));
        unbounded = true;
      } else if (start == null || !start.isFullDate()) {
        doubts.add(use.ref() + (start == null ? " has no date" : " is dated only " + start));
        missing.add(new Missing("date of " + use.ref(), ""));
        atMostMore++;
      } else if (m.isDefinite()) {
        surely.add(start.first());
      } else if (!surely.contains(start.first())) {
        doubts.add("possibly " + use.ref() + " (" + m.reason() + ")");
        missing.addAll(m.missing());
        atMostMore++;
      }
    }
    Evidence evidence = uses.evidence().and(Timing.used(all));
    if (doubts.isEmpty()) {
      return Value.known(
              Quantity.number(surely.size()), surely.size() + " days " + surely, evidence)
          .labelled(label);
    }
    String range =
        unbounded
            ? "at least " + surely.size()
            : "between " + surely.size() + " and " + (surely.size() + atMostMore);
    return Value.<Quantity>unknown(
            range + ": " + String.join("; ", doubts),
            List.copyOf(new LinkedHashSet<>(missing)),
            evidence)
        .labelled(label);
  }

  /**
   * An amount given at a frequency, per day ({@code /d}): amount × times ÷ the period in days, the
   * period converted with UCUM; multiplied before dividing, so 70 mg a week is exactly 10 mg/d.
   */
  private static Value<Quantity> perDay(
      BigDecimal amount, Frequency frequency, String what, Evidence used) {
    Conversion days =
        UnitConverter.plain().convert(Quantity.of(frequency.period(), frequency.periodUnit()), "d");
    if (!(days instanceof Conversion.Converted c) || c.result().value().signum() <= 0) {
      return unusable(
          what,
          "has a period of "
              + frequency.period().toPlainString()
              + " '"
              + frequency.periodUnit()
              + "', which is not a length of time",
          used);
    }
    BigDecimal perDay =
        amount
            .multiply(frequency.count())
            .divide(c.result().value(), MathContext.DECIMAL128)
            .stripTrailingZeros();
    return Value.known(
        Quantity.of(perDay, PER_DAY),
        perDay.toPlainString() + " per day (" + frequency + ")",
        used);
  }

  private static Quantity quantity(Amount amount) {
    return Quantity.of(amount.value(), amount.unit());
  }

  private static String perDayUnit(String unit) {
    if (unit == null || unit.isBlank() || unit.equals(Quantity.NUMBER_UNIT)) {
      return PER_DAY;
    }
    return unit.contains("/") ? "(" + unit + ")" + PER_DAY : unit + PER_DAY;
  }

  private static String joined(List<Amount> amounts) {
    List<String> shown = new ArrayList<>();
    amounts.forEach(a -> shown.add(a.toString()));
    return String.join(", ", shown);
  }

  /** Nothing recorded: the field itself is the missing data. */
  private static Value<Quantity> absent(String what, String reason, Evidence used) {
    return Value.<Quantity>unknown(reason, List.of(new Missing(what, "")), used).labelled(what);
  }

  /** Written but unusable: the record is named as present, with what is wrong with it. */
  private static Value<Quantity> unusable(String what, String problem, Evidence used) {
    return Value.<Quantity>unknown(what + " " + problem, List.of(new Missing(what, problem)), used)
        .labelled(what);
  }
}
