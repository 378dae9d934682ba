package dev.eligo.fhir;

import dev.eligo.runtime.record.Amount;
import dev.eligo.runtime.record.Dosage;
import dev.eligo.runtime.record.Frequency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Timing;

/**
 * Reads FHIR {@code Dosage} (of statements, requests and dispenses) and an administration's given
 * dose into the record's dosages: the amount of one dose ({@code doseAndRate.doseQuantity}) and how
 * often it is given ({@code timing.repeat} frequency per period, its times of day or events, or a
 * {@code timing.code} such as BID). What is written but cannot be read as one amount or one
 * frequency (a dose range, text only, a range of frequencies) is kept as the reason.
 */
final class Dosages {
  /** HL7 v3 GTSAbbreviation codes as times per period. */
  private static final Map<String, Frequency> TIMING_CODES =
      Map.ofEntries(
          Map.entry("QD", Frequency.of(1, 1, "d")),
          Map.entry("BID", Frequency.of(2, 1, "d")),
          Map.entry("TID", Frequency.of(3, 1, "d")),
          Map.entry("QID", Frequency.of(4, 1, "d")),
          Map.entry("AM", Frequency.of(1, 1, "d")),
          Map.entry("PM", Frequency.of(1, 1, "d")),
          Map.entry("BED", Frequency.of(1, 1, "d")),
          Map.entry("QOD", Frequency.of(1, 2, "d")),
          Map.entry("Q1H", Frequency.of(1, 1, "h")),
          Map.entry("Q2H", Frequency.of(1, 2, "h")),
          Map.entry("Q3H", Frequency.of(1, 3, "h")),
          Map.entry("Q4H", Frequency.of(1, 4, "h")),
          Map.entry("Q6H", Frequency.of(1, 6, "h")),
          Map.entry("Q8H", Frequency.of(1, 8, "h")),
          Map.entry("WK", Frequency.of(1, 1, "wk")),
          Map.entry("MO", Frequency.of(1, 1, "mo")));

  /**
   * Events of a day that each name one time ({@code MORN}, {@code HS}); meals in general do not.
   */
  private static final Set<String> ONE_TIME_EVENTS =
      Set.of(
          "MORN",
          "MORN.early",
          "MORN.late",
          "NOON",
          "AFT",
          "AFT.early",
          "AFT.late",
          "EVE",
          "EVE.early",
          "EVE.late",
          "NIGHT",
          "PHS",
          "HS",
          "WAKE",
          "ACM",
          "ACD",
          "ACV",
          "PCM",
          "PCD",
          "PCV",
          "CM",
          "CD",
          "CV");

  private Dosages() {}

  /** The dosages of a statement's, request's or dispense's dosage instructions, in order. */
  static List<Dosage> of(List<org.hl7.fhir.r4.model.Dosage> dosages) {
    List<Dosage> read = new ArrayList<>();
    for (org.hl7.fhir.r4.model.Dosage dosage : dosages) {
      read.add(of(dosage));
    }
    return read;
  }

  /** The dose given by an administration: an amount, and no frequency (it is one dose). */
  static List<Dosage> ofAdministration(
      org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationDosageComponent
          dosage) {
    if (dosage == null || dosage.isEmpty()) {
      return List.of();
    }
    if (dosage.hasDose() && dosage.getDose().getValue() != null) {
      return List.of(new Dosage(amount(dosage.getDose()), null, null, null, false));
    }
    String problem = dosage.hasText() ? textOnly(dosage.getText()) : null;
    return problem == null ? List.of() : List.of(new Dosage(null, problem, null, null, false));
  }

  private static Dosage of(org.hl7.fhir.r4.model.Dosage dosage) {
    boolean asNeeded =
        dosage.hasAsNeededBooleanType()
            ? dosage.getAsNeededBooleanType().booleanValue()
            : dosage.hasAsNeededCodeableConcept();
    Amount dose = null;
    String doseProblem = null;
    for (org.hl7.fhir.r4.model.Dosage.DosageDoseAndRateComponent doseAndRate :
        dosage.getDoseAndRate()) {
      if (doseAndRate.getDose() instanceof Quantity quantity && quantity.getValue() != null) {
        dose = amount(quantity);
        break;
      }
      if (doseAndRate.getDose() instanceof Range range && !range.isEmpty()) {
        doseProblem =
            "is a range from "
                + shown(range.getLow())
                + " to "
                + shown(range.getHigh())
                + ", not one amount";
        break;
      }
    }
    if (dose == null && doseProblem == null && dosage.hasText()) {
      doseProblem = textOnly(dosage.getText());
    }
    Frequency frequency = null;
    String frequencyProblem = null;
    if (dosage.hasTiming()) {
      Object read = frequency(dosage.getTiming());
      if (read instanceof Frequency f) {
        frequency = f;
      } else {
        frequencyProblem = (String) read;
      }
    } else if (!asNeeded && dosage.hasText()) {
      frequencyProblem = textOnly(dosage.getText());
    }
    return new Dosage(dose, doseProblem, frequency, frequencyProblem, asNeeded);
  }

  /** A frequency, or why the timing gives none. */
  private static Object frequency(Timing timing) {
    Timing.TimingRepeatComponent repeat = timing.getRepeat();
    if (repeat.hasFrequencyMax() || repeat.hasPeriodMax()) {
      return "is a range ("
          + repeat.getFrequency()
          + (repeat.hasFrequencyMax() ? " to " + repeat.getFrequencyMax() : "")
          + " per "
          + plain(repeat.getPeriod())
          + (repeat.hasPeriodMax() ? " to " + plain(repeat.getPeriodMax()) : "")
          + " "
          + repeat.getPeriodUnitElement().getValueAsString()
          + "), not one frequency";
    }
    if (repeat.hasPeriod() && repeat.getPeriodUnitElement().getValue() != null) {
      int times = repeat.hasFrequency() ? repeat.getFrequency() : 1;
      return new Frequency(
          BigDecimal.valueOf(times),
          repeat.getPeriod(),
          repeat.getPeriodUnitElement().getValueAsString());
    }
    if (repeat.hasTimeOfDay()) {
      return Frequency.of(repeat.getTimeOfDay().size(), 1, "d");
    }
    if (repeat.hasWhen()) {
      Set<String> events = new LinkedHashSet<>();
      repeat.getWhen().forEach(when -> events.add(when.getValueAsString()));
      if (ONE_TIME_EVENTS.containsAll(events)) {
        return Frequency.of(events.size(), 1, "d");
      }
      return "is given by events ("
          + String.join(", ", events)
          + ") that do not say how many times a day";
    }
    if (timing.hasCode()) {
      for (org.hl7.fhir.r4.model.Coding coding : timing.getCode().getCoding()) {
        Frequency known = coding.hasCode() ? TIMING_CODES.get(coding.getCode()) : null;
        if (known != null) {
          return known;
        }
      }
      String written =
          timing.getCode().hasText()
              ? timing.getCode().getText()
              : timing.getCode().getCodingFirstRep().getCode();
      return "is the timing code '" + written + "', which gives no number of times";
    }
    return "is not stated: the timing gives no frequency and period";
  }

  private static Amount amount(Quantity quantity) {
    return new Amount(quantity.getValue(), FhirValues.unit(quantity));
  }

  private static String shown(Quantity quantity) {
    return quantity == null || quantity.getValue() == null ? "?" : amount(quantity).toString();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "?" : value.toPlainString();
  }

  private static String textOnly(String text) {
    return "is written only as text ('" + FhirJson.shorten(text) + "')";
  }
}
