package dev.eligo.examples.nephropathy;

import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Resource;

/**
 * One FHIR resource of a test patient, kept under a slot ({@code egfr}, {@code lisinopril}) so that
 * a case can replace or remove it. The resource is a template: it gets its id and its reference to
 * the patient when the patient's Bundle is built.
 */
final class Fact {
  private final String slot;
  private final Resource template;

  private Fact(String slot, Resource template) {
    this.slot = slot;
    this.template = template;
  }

  static Fact of(String slot, Resource resource) {
    return new Fact(slot, resource.copy());
  }

  String slot() {
    return slot;
  }

  /** A fresh copy of the resource, for the Bundle being built. */
  Resource resource() {
    return template.copy();
  }

  /** The same fact with the change applied to a copy of its resource. */
  <R extends Resource> Fact edit(Class<R> type, Consumer<R> change) {
    R copy = type.cast(template.copy());
    change.accept(copy);
    return new Fact(slot, copy);
  }

  /** The same resource under another slot, so that a case can add a second one beside it. */
  Fact inSlot(String newSlot) {
    return new Fact(newSlot, template);
  }

  @Override
  public String toString() {
    return slot + ": " + template.fhirType();
  }
}
