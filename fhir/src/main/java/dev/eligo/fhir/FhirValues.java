package dev.eligo.fhir;

import dev.eligo.runtime.record.Coding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Quantity;

/** Conversions of FHIR data types that need no context: codings and quantity units. */
final class FhirValues {
  static final String UCUM = "http://unitsofmeasure.org";
  static final String LOINC = "http://loinc.org";

  private FhirValues() {}

  /** All codings of a concept that have a code; a coding without a system keeps an empty system. */
  static List<Coding> codings(CodeableConcept concept) {
    return concept == null ? List.of() : codings(List.of(concept));
  }

  /** The codings of several concepts, in order, each distinct coding once. */
  static List<Coding> codings(List<CodeableConcept> concepts) {
    // A concept holds a coding or two: a look along the list finds repeats as fast as a set,
    // which is made only for a long list.
    List<Coding> codings = new ArrayList<>(2);
    Set<Coding> seen = null;
    for (CodeableConcept concept : concepts) {
      for (org.hl7.fhir.r4.model.Coding coding : concept.getCoding()) {
        if (written(coding.getCode()) || coding.hasCode()) {
          Coding read =
              new Coding(
                  written(coding.getSystem()) || coding.hasSystem() ? coding.getSystem() : "",
                  coding.getCode(),
                  written(coding.getDisplay()) || coding.hasDisplay() ? coding.getDisplay() : null);
          if (seen == null && codings.size() == 16) {
            seen = new HashSet<>(codings);
          }
          boolean repeat = seen != null ? !seen.add(read) : codings.contains(read);
          if (!repeat) {
            codings.add(read);
          }
        }
      }
    }
    return codings;
  }

  /**
   * What a concept says in words: its text, else its first coding's display, else its code; null
   * when empty.
   */
  static String text(CodeableConcept concept) {
    if (concept == null || concept.isEmpty()) {
      return null;
    }
    if (concept.hasText()) {
      return concept.getText();
    }
    for (org.hl7.fhir.r4.model.Coding coding : concept.getCoding()) {
      if (coding.hasDisplay()) {
        return coding.getDisplay();
      }
    }
    for (org.hl7.fhir.r4.model.Coding coding : concept.getCoding()) {
      if (coding.hasCode()) {
        return coding.getCode();
      }
    }
    return null;
  }

  /**
   * The unit of a quantity: the UCUM code when the system is UCUM, else the human-readable {@code
   * unit}, else a code given without a system; {@code null} when there is none.
   */
  static String unit(Quantity quantity) {
    if (UCUM.equals(quantity.getSystem()) && quantity.hasCode()) {
      return quantity.getCode();
    }
    if (quantity.hasUnit()) {
      return quantity.getUnit();
    }
    return !quantity.hasSystem() && quantity.hasCode() ? quantity.getCode() : null;
  }

  /**
   * The readable {@code unit} when {@link #unit} took the coded {@code code} instead, so that the
   * runtime can tell when the two disagree; else {@code null}.
   */
  static String unitText(Quantity quantity) {
    String unit = unit(quantity);
    return quantity.hasUnit() && unit != null && !unit.equals(quantity.getUnit())
        ? quantity.getUnit()
        : null;
  }

  /** The comparator as written ({@code <}, {@code <=}, {@code >=}, {@code >}), or null. */
  static String comparator(Quantity quantity) {
    // getComparator() is null when the element is absent, where getComparatorElement() makes one.
    return quantity.getComparator() == null
        ? null
        : quantity.getComparatorElement().getValueAsString();
  }

  /**
   * Whether a primitive's value is written and not blank: then HAPI's {@code hasX()} is true too,
   * and telling it costs no allocation (HAPI's check makes an array on every call).
   */
  static boolean written(String value) {
    return value != null && !value.isBlank();
  }
}
