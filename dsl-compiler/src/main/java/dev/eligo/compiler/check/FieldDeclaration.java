package dev.eligo.compiler.check;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A field of a record, point, course or pair: its type, what it means, where it comes from in FHIR,
 * and the runtime method that reads it.
 *
 * @param owner what has the field
 * @param name the name authors write after a dot or inside a {@code where}
 * @param typeText its type as documentation names it: {@code date}, {@code codes}
 * @param meaning what it is, for documentation
 * @param fhirSource where the {@code fhir} module reads it from, for documentation
 * @param appliesTo whether this row is the one for a value of the owner's type (an observation's
 *     {@code value} reads codes for a coded observation, a quantity otherwise)
 * @param type the field's type for a value of the owner's type
 * @param call the runtime method generated code calls on the owner, held in a {@code Value}
 */
public record FieldDeclaration(
    FieldOwner owner,
    String name,
    String typeText,
    String meaning,
    String fhirSource,
    Predicate<Type> appliesTo,
    Function<Type, Type> type,
    RuntimeCall call) {

  /** How generated code holds the field's value. */
  public Representation representation() {
    return call.result() == JavaShape.TRUTH ? Representation.TRUTH : Representation.VALUE;
  }
}
