package dev.eligo.fhir;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationComponent;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.ReferenceRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps an Observation: codes, status as written, the date ({@code effectiveDateTime}, else {@code
 * effectivePeriod.start}, else {@code effectiveInstant}), {@code issued}, the value, its reference
 * ranges, interpretation and {@code dataAbsentReason}, the body site, and each {@code component}
 * with its own code, value, ranges and interpretation.
 */
final class ObservationMapper {
  private ObservationMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.Observation fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    ObservationStatus status =
        Statuses.required(
            context,
            fhir,
            fhir.getStatusElement(),
            ObservationStatus::fromCode,
            ObservationStatus.UNKNOWN);
    InstantType issued = fhir.getIssuedElement();
    context
        .record()
        .add(
            new Observation(
                context.ref(fhir),
                codes(context, fhir),
                status,
                context.startOf(fhir, "effective", fhir.getEffective()),
                issued.getValue() == null ? null : issued.getValue().toInstant(),
                value(context, fhir, fhir.getValue(), "value"),
                ranges(fhir.getReferenceRange()),
                fhir.hasDataAbsentReason() ? FhirValues.text(fhir.getDataAbsentReason()) : null,
                context.codes(fhir, "interpretation", fhir.getInterpretation()),
                context.codes(fhir, "bodySite", fhir.getBodySite()),
                components(context, fhir)));
  }

  /** The parts of a result reported in parts; a part without a code is left out, noted. */
  private static List<ObservationComponent> components(
      MappingContext context, org.hl7.fhir.r4.model.Observation fhir) {
    List<ObservationComponent> parts = new ArrayList<>();
    for (int i = 0; i < fhir.getComponent().size(); i++) {
      org.hl7.fhir.r4.model.Observation.ObservationComponentComponent component =
          fhir.getComponent().get(i);
      String field = "component[" + i + "]";
      List<dev.eligo.runtime.record.Coding> codes =
          context.codes(fhir, field + ".code", component.getCode());
      if (codes.isEmpty()) {
        if (FhirValues.codings(component.getCode()).isEmpty()) {
          context.note(
              fhir, field + " has no coded code, so what it measured is unknown; it was left out");
        }
        continue;
      }
      parts.add(
          new ObservationComponent(
              codes,
              value(context, fhir, component.getValue(), field + ".value"),
              component.hasDataAbsentReason()
                  ? FhirValues.text(component.getDataAbsentReason())
                  : null,
              context.codes(fhir, field + ".interpretation", component.getInterpretation()),
              ranges(component.getReferenceRange())));
    }
    return parts;
  }

  /**
   * What was measured: a required element, so an observation without a coded one may be anything.
   */
  private static java.util.List<dev.eligo.runtime.record.Coding> codes(
      MappingContext context, org.hl7.fhir.r4.model.Observation fhir) {
    if (!fhir.hasCode()) {
      context.problem(
          fhir, "code is missing (Observation.code is required), so what was measured is unknown");
      return List.of();
    }
    java.util.List<dev.eligo.runtime.record.Coding> codes =
        context.codes(fhir, "code", fhir.getCode());
    if (codes.isEmpty() && FhirValues.codings(fhir.getCode()).isEmpty()) {
      context.problem(
          fhir,
          "code has no coding"
              + (fhir.getCode().hasText()
                  ? " (only the text '" + FhirJson.shorten(fhir.getCode().getText()) + "')"
                  : "")
              + ", so what was measured is unknown");
    }
    return codes;
  }

  private static ObservationValue value(
      MappingContext context, org.hl7.fhir.r4.model.Observation fhir, Type value, String field) {
    if (value == null) {
      return null;
    }
    if (value instanceof Quantity) {
      Quantity quantity = (Quantity) value;
      if (quantity.getValue() == null) {
        if (quantity.isEmpty()) {
          return null;
        }
        context.problem(fhir, field + "Quantity has no number; the value is unknown");
        return null;
      }
      ObservationValue.QuantityValue read =
          new ObservationValue.QuantityValue(
              quantity.getValue(),
              FhirValues.unit(quantity),
              FhirValues.comparator(quantity),
              FhirValues.unitText(quantity));
      // HAPI keeps a comparator it does not know as text and notes it; the value is then not one
      // number.
      String written = quantity.getComparatorElement().getValueAsString();
      if (read.comparator() == null && written != null) {
        return new ObservationValue.Unusable(
            read,
            "its comparator '"
                + written
                + "' is not one of <, <=, >=, >, so what the value means is unknown");
      }
      return read;
    }
    if (value.isEmpty()) {
      return null;
    }
    if (value instanceof IntegerType) {
      Integer number = ((IntegerType) value).getValue();
      return number == null ? null : new ObservationValue.IntegerValue(number);
    }
    if (value instanceof CodeableConcept) {
      CodeableConcept concept = (CodeableConcept) value;
      return new ObservationValue.CodedValue(
          context.codes(fhir, field + "CodeableConcept", concept),
          concept.hasText() ? concept.getText() : null);
    }
    if (value instanceof BooleanType) {
      Boolean yes = ((BooleanType) value).getValue();
      return yes == null ? null : new ObservationValue.BooleanValue(yes);
    }
    if (value instanceof StringType) {
      return new ObservationValue.TextValue(((StringType) value).getValue());
    }
    context.problem(
        fhir, field + "[x] of type " + value.fhirType() + " cannot be used; the value is unknown");
    return null;
  }

  private static List<ReferenceRange> ranges(
      List<org.hl7.fhir.r4.model.Observation.ObservationReferenceRangeComponent> written) {
    List<ReferenceRange> ranges = new ArrayList<>();
    for (org.hl7.fhir.r4.model.Observation.ObservationReferenceRangeComponent range : written) {
      // Without hasLow(): a number written is a limit, and telling an element empty is dear.
      BigDecimal low = number(range.getLow());
      BigDecimal high = number(range.getHigh());
      if (low == null && high == null) {
        continue; // a range given only as text states no limit to compare with
      }
      ranges.add(
          new ReferenceRange(
              low,
              low == null ? null : FhirValues.unit(range.getLow()),
              high,
              high == null ? null : FhirValues.unit(range.getHigh()),
              rangeType(range.getType())));
    }
    return ranges;
  }

  private static BigDecimal number(Quantity quantity) {
    return quantity == null ? null : quantity.getValue();
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
