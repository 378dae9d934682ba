package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.CodeSystemDeclaration;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.Identifier;
import dev.eligo.compiler.ast.ValueSetDeclaration;

/** What a name in a criteria file stands for. */
public sealed interface Symbol {

  /** A data dictionary entry: records of the patient, or an attestation. */
  record Data(DataDeclaration declaration) implements Symbol {}

  /** A {@code define}. */
  record DefinitionSymbol(Definition definition) implements Symbol {}

  /** A part of the criterion being checked (E3a inside E3). */
  record PartSymbol(Criterion criterion, Criterion.Part part) implements Symbol {}

  /**
   * A variable bound by {@code any}, {@code all} or {@code count ... where} (to an item), by {@code
   * let}, or a parameter of a definition.
   */
  record Variable(Identifier name, Type type, Representation representation) implements Symbol {}

  /**
   * A field of the item a {@code where} is filtering, named without the item: {@code where active}.
   * {@code binder} is the {@code where} whose item it is (an inner one may filter other records).
   */
  record ItemField(FieldDeclaration declaration, Expr.Where binder, Type itemType, Type type)
      implements Symbol {}

  /** {@code age} or {@code sex}: facts of the patient themselves. */
  record PatientFact(String name) implements Symbol {}

  /** A code system (only in code sets). */
  record CodeSystemSymbol(CodeSystemDeclaration declaration) implements Symbol {}

  /** A value set (only in code sets and after {@code in}). */
  record ValueSetSymbol(ValueSetDeclaration declaration) implements Symbol {}
}
