package dev.eligo.runtime.eval;

import java.util.Objects;

/**
 * A measurement the protocol reads, known by its codes: a lab value with its unit, a count or
 * score, or a coded result.
 *
 * @param name the name in the criteria file, e.g. {@code testosterone}
 * @param label the name explanations use, e.g. {@code serum testosterone}
 * @param unit the unit the protocol states values in, or {@code null} for counts and codes
 */
public record ObservationConcept(String name, String label, ValueSet codes, Kind kind, String unit) {
  /** What kind of value the concept's observations carry. */
  public enum Kind {
    QUANTITY,
    COUNT,
    CODED
  }

  public ObservationConcept {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(kind, "kind");
  }

  /** A measured quantity in the unit given, e.g. PSA in ng/mL. */
  public static ObservationConcept quantity(String name, String label, ValueSet codes, String unit) {
    return new ObservationConcept(name, label, codes, Kind.QUANTITY, unit);
  }

  /** A whole number: a count of lesions, a performance score. */
  public static ObservationConcept count(String name, String label, ValueSet codes) {
    return new ObservationConcept(name, label, codes, Kind.COUNT, "1");
  }

  /** A coded result, e.g. positive / negative. */
  public static ObservationConcept coded(String name, String label, ValueSet codes) {
    return new ObservationConcept(name, label, codes, Kind.CODED, null);
  }
}
