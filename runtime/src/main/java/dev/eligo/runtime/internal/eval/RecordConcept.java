package dev.eligo.runtime.internal.eval;

import java.util.Objects;

/**
 * A kind of condition, medication, procedure or allergy the protocol reads, known by its codes,
 * e.g. {@code infection} as ICD-10 A00–B89 and others.
 *
 * @param name the name in the criteria file, e.g. {@code infection}
 * @param label the name explanations use, e.g. {@code active infection}
 */
public record RecordConcept(String name, String label, ValueSet codes) {
  public RecordConcept {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(codes, "codes");
  }

  public static RecordConcept of(String name, String label, ValueSet codes) {
    return new RecordConcept(name, label, codes);
  }
}
