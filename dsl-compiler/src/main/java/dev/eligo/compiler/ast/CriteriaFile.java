package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;
import java.util.List;

/** A whole criteria file: one protocol's header and its declarations in file order. */
public record CriteriaFile(Header header, List<Declaration> declarations, SourceSpan span) {
  public CriteriaFile {
    declarations = List.copyOf(declarations);
  }

  /** The declarations of one kind, in file order. */
  public <T extends Declaration> List<T> declarations(Class<T> kind) {
    return declarations.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
