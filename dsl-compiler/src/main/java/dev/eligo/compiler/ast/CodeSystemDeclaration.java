package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;
import java.util.List;

/** {@code codesystem ICD10 = "uri", "uri" matching prefix ignoring dots}. */
public record CodeSystemDeclaration(
    Identifier name, List<String> uris, CodeMatching matching, SourceSpan span)
    implements Declaration {
  public CodeSystemDeclaration {
    uris = List.copyOf(uris);
  }

  /** How codes of a system are matched against the codes and ranges a file lists. */
  public enum CodeMatching {
    EXACT,
    PREFIX,
    PREFIX_IGNORING_DOTS
  }
}
