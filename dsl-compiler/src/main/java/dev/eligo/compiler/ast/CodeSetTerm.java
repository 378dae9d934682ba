package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;
import java.util.List;

/** One part of a code set: codes of one system written inline, or a named value set. */
public sealed interface CodeSetTerm {
  SourceSpan span();

  /** {@code LOINC {2986-8, 14913-8}}. */
  record InlineCodes(Identifier system, List<CodeLiteral> codes, SourceSpan span)
      implements CodeSetTerm {
    public InlineCodes {
      codes = List.copyOf(codes);
    }
  }

  /** A value set declared elsewhere in the file, by name. */
  record ValueSetReference(Identifier name, SourceSpan span) implements CodeSetTerm {}
}
