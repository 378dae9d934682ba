package dev.eligo.fhir;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.ReferenceRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps an Observation: codes, status as written, the date ({@code effectiveDateTime}, else
 * {@code effectivePeriod.start}, else {@code effectiveInstant}), {@code issued}, the value and its
 * reference ranges.
 */
final class ObservationMapper {
  private ObservationMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.Observation fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    ObservationStatus status = Statuses.required(
        context, fhir, fhir.getStatusElement(), ObservationStatus::fromCode, ObservationStatus.UNKNOWN);
    InstantType issued = fhir.getIssuedElement();
    context.record().add(new Observation(
        context.ref(fhir),
        codes(context, fhir),
        status,
        effective(context, fhir),
        issued.getValue() == null ? null : issued.getValue().toInstant(),
        value(context, fhir),
        ranges(fhir)));
  }

  /** What was measured: a required element, so an observation without a coded one may be anything. */
  private static java.util.List<dev.eligo.runtime.record.Coding> codes(
      MappingContext context, org.hl7.fhir.r4.model.Observation fhir) {
    if (!fhir.hasCode()) {
      context.problem(fhir, "code is missing (Observation.code is required), so what was measured is unknown");
      return List.of();
    }
    java.util.List<dev.eligo.runtime.record.Coding> codes = context.codes(fhir, "code", fhir.getCode());
    if (codes.isEmpty() && FhirValues.codings(fhir.getCode()).isEmpty()) {
      context.problem(fhir, "code has no coding" + (fhir.getCode().hasText() ? " (only the text '"
          + FhirJson.shorten(fhir.getCode().getText()) + "')" : "") + ", so what was measured is unknown");
    }
    return codes;
  }

  private static RecordDate effective(MappingContext context, org.hl7.fhir.r4.model.Observation fhir) {
    Type effective = fhir.getEffective();
    if (effective instanceof DateTimeType) {
      return context.date(fhir, "effectiveDateTime", (DateTimeType) effective);
    }
    if (effective instanceof Period) {
      return context.date(fhir, "effectivePeriod.start", ((Period) effective).getStartElement());
    }
    if (effective instanceof InstantType) {
      return context.date(fhir, "effectiveInstant", (InstantType) effective);
    }
    if (effective != null && !effective.isEmpty()) {
      context.problem(fhir, "effective[x] of type " + effective.fhirType() + " gives no date; the date is unknown");
    }
    return null;
  }

  private static ObservationValue value(MappingContext context, org.hl7.fhir.r4.model.Observation fhir) {
    Type value = fhir.getValue();
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value instanceof Quantity) {
      Quantity quantity = (Quantity) value;
      if (quantity.getValue() == null) {
        context.problem(fhir, "valueQuantity has no number; the value is unknown");
        return null;
      }
      return new ObservationValue.QuantityValue(
          quantity.getValue(), FhirValues.unit(quantity), FhirValues.comparator(quantity), FhirValues.unitText(quantity));
    }
    if (value instanceof IntegerType) {
      Integer number = ((IntegerType) value).getValue();
      return number == null ? null : new ObservationValue.IntegerValue(number);
    }
    if (value instanceof CodeableConcept) {
      CodeableConcept concept = (CodeableConcept) value;
      return new ObservationValue.CodedValue(
          context.codes(fhir, "valueCodeableConcept", concept), concept.hasText() ? concept.getText() : null);
    }
    if (value instanceof BooleanType) {
      Boolean yes = ((BooleanType) value).getValue();
      return yes == null ? null : new ObservationValue.BooleanValue(yes);
    }
    if (value instanceof StringType) {
      return new ObservationValue.TextValue(((StringType) value).getValue());
    }
    context.problem(fhir, "value[x] of type " + value.fhirType() + " cannot be used; the value is unknown");
    return null;
  }

  private static List<ReferenceRange> ranges(org.hl7.fhir.r4.model.Observation fhir) {
    List<ReferenceRange> ranges = new ArrayList<>();
    for (org.hl7.fhir.r4.model.Observation.ObservationReferenceRangeComponent range : fhir.getReferenceRange()) {
      BigDecimal low = range.hasLow() ? range.getLow().getValue() : null;
      BigDecimal high = range.hasHigh() ? range.getHigh().getValue() : null;
      if (low == null && high == null) {
        continue; // a range given only as text states no limit to compare with
      }
      ranges.add(new ReferenceRange(
          low,
          low == null ? null : FhirValues.unit(range.getLow()),
          high,
          high == null ? null : FhirValues.unit(range.getHigh()),
          rangeType(range.getType())));
    }
    return ranges;
  }

  private static String rangeType(CodeableConcept type) {
    for (org.hl7.fhir.r4.model.Coding coding : type.getCoding()) {
      if (coding.hasCode()) {
        return coding.getCode();
      }
    }
    return null;
  }
}
