package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;

/** A top-level declaration: data dictionary entries, definitions and criteria. */
public sealed interface Declaration
    permits CodeSystemDeclaration, ValueSetDeclaration, DataDeclaration, Definition, Criterion {

  /** The declared name or criterion id. */
  Identifier name();

  SourceSpan span();
}
