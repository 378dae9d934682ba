package dev.eligo.fhir;

import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Maps a MedicationDispense: the drug handed over on {@code whenHandedOver}, taken to cover its
 * {@code daysSupply} from that day (the handover day alone, noted, when no supply is given); the
 * routes, doses and frequencies of its {@code dosageInstruction}; status and status reason. A
 * dispense shows the drug handed over, not a dose taken, so it gives no last dose.
 */
final class MedicationDispenseMapper {
  private MedicationDispenseMapper() {}

  static void map(MappingContext context, MedicationDispense fhir) {
    MedicationFacts facts =
        new MedicationFacts(
            fhir,
            fhir.getSubject(),
            fhir.getStatusElement(),
            fhir.getMedication(),
            fhir.getWhenHandedOverElement(),
            MedicationUses.routes(fhir.getDosageInstruction()),
            List.of(),
            List.of(),
            fhir.getStatusReason() instanceof CodeableConcept reason ? List.of(reason) : List.of(),
            Dosages.of(fhir.getDosageInstruction()));
    MedicationUses.map(context, facts, Set.of(), (ctx, f, status) -> period(ctx, fhir, status));
  }

  private static RecordPeriod period(
      MappingContext context, MedicationDispense fhir, MedicationStatus status) {
    if (fhir.getWhenHandedOverElement().getValueAsString() == null) {
      if (status == MedicationStatus.COMPLETED) {
        context.problem(
            fhir, "whenHandedOver is missing, so when the drug was handed over is unknown");
      }
      return null;
    }
    RecordDate handedOver = context.date(fhir, "whenHandedOver", fhir.getWhenHandedOverElement());
    if (handedOver == null) {
      return null;
    }
    Integer days = supplyInDays(context, fhir);
    if (days == null) {
      return RecordPeriod.on(handedOver);
    }
    RecordDate last = RecordDate.of(handedOver.last().plusDays(days - 1L));
    return new RecordPeriod(handedOver, last);
  }

  /**
   * The days of supply as a whole number of days, or null (noted) when not given or not in days.
   */
  private static Integer supplyInDays(MappingContext context, MedicationDispense fhir) {
    Quantity supply = fhir.getDaysSupply();
    if (supply == null || supply.getValue() == null) {
      context.note(
          fhir,
          "daysSupply is missing, so the dispense is taken to cover the day it was handed over only");
      return null;
    }
    String unit = FhirValues.unit(supply);
    BigDecimal value = supply.getValue();
    boolean inDays =
        unit == null
            || unit.equals("d")
            || unit.equalsIgnoreCase("day")
            || unit.equalsIgnoreCase("days");
    if (!inDays
        || value.signum() <= 0
        || value.stripTrailingZeros().scale() > 0
        || value.compareTo(BigDecimal.valueOf(3650)) > 0) {
      context.note(
          fhir,
          "daysSupply "
              + value.toPlainString()
              + (unit == null ? "" : " " + unit)
              + " is not a whole number of days, so the dispense is taken to cover the day it was handed over only");
      return null;
    }
    return value.intValueExact();
  }
}
