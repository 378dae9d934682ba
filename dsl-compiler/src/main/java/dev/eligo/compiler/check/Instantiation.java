package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import java.util.List;

/**
 * A parameterised definition checked for one kind of arguments: its own copy of the body, typed
 * with the parameters bound to those argument types. Generation makes one method of each.
 *
 * @param definition the definition
 * @param body the copy of its body that was checked
 * @param argumentTypes the type of each argument
 * @param argumentRepresentations how generated code holds each argument
 */
public record Instantiation(
    Definition definition,
    Expr body,
    List<Type> argumentTypes,
    List<Representation> argumentRepresentations) {

  public Instantiation {
    argumentTypes = List.copyOf(argumentTypes);
    argumentRepresentations = List.copyOf(argumentRepresentations);
  }

  /** Whether calls with arguments of these types and representations can use this instantiation. */
  boolean fits(List<Type> types, List<Representation> representations) {
    return argumentTypes.equals(types) && argumentRepresentations.equals(representations);
  }
}
