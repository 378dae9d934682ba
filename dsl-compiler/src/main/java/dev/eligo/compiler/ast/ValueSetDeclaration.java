package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;

/** {@code valueset oral "oral route" = SNOMED {26643006}}; the label may be empty. */
public record ValueSetDeclaration(Identifier name, String label, CodeSet codes, SourceSpan span)
    implements Declaration {}
