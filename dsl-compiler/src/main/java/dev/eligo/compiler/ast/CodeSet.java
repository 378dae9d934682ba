package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;
import java.util.List;

/** Codes to include, less codes to exclude: {@code ICD10 {C00-C96} except ICD10 {C61}}. */
public record CodeSet(List<CodeSetTerm> included, List<CodeSetTerm> excluded, SourceSpan span) {
  public CodeSet {
    included = List.copyOf(included);
    excluded = List.copyOf(excluded);
  }
}
