package dev.eligo.runtime.internal.eval;

import java.util.List;
import java.util.Objects;

/**
 * A kind of condition, medication, procedure or allergy the protocol reads, known by its codes,
 * e.g. {@code infection} as ICD-10 A00–B89 and others.
 *
 * @param name the name in the criteria file, e.g. {@code infection}
 * @param label the name explanations use, e.g. {@code active infection}
 * @param classifiedBy the systems a record must be coded in to be judged, or empty for every system
 *     the protocol declares
 */
public record RecordConcept(
    String name, String label, ValueSet codes, List<CodeSystemRef> classifiedBy) {
  public RecordConcept {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(codes, "codes");
    classifiedBy = List.copyOf(classifiedBy);
  }

  public static RecordConcept of(String name, String label, ValueSet codes) {
    return new RecordConcept(name, label, codes, List.of());
  }

  /**
   * The concept with its own classification: a record coded in none of these systems is
   * unclassified for it, even when coded in another system the protocol declares.
   */
  public RecordConcept classifiedBy(CodeSystemRef... systems) {
    return new RecordConcept(name, label, codes, List.of(systems));
  }
}
