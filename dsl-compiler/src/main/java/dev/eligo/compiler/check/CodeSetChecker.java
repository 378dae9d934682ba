package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.CodeLiteral;
import dev.eligo.compiler.ast.CodeSet;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CodeSystemDeclaration;
import dev.eligo.compiler.ast.CodeSystemDeclaration.CodeMatching;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import java.util.Set;

/**
 * Checks code sets: declared systems, value set references, and codes and ranges that can match.
 */
final class CodeSetChecker {
  private final GlobalScope scope;
  private final DiagnosticSink sink;
  private final java.util.Map<Object, Symbol> resolutions;
  private final Set<Object> used;

  CodeSetChecker(
      GlobalScope scope,
      DiagnosticSink sink,
      java.util.Map<Object, Symbol> resolutions,
      Set<Object> used) {
    this.scope = scope;
    this.sink = sink;
    this.resolutions = resolutions;
    this.used = used;
  }

  void check(CodeSet codes) {
    codes.included().forEach(this::check);
    codes.excluded().forEach(this::check);
  }

  void check(CodeSetTerm term) {
    if (term instanceof CodeSetTerm.InlineCodes inline) {
      checkInline(inline);
    } else {
      CodeSetTerm.ValueSetReference reference = (CodeSetTerm.ValueSetReference) term;
      Symbol symbol = scope.lookup(reference.name().text());
      if (symbol == null) {
        sink.report(
            DiagnosticCode.UNKNOWN_NAME,
            reference.span(),
            "unknown value set '" + reference.name().text() + "'");
      } else if (!(symbol instanceof Symbol.ValueSetSymbol valueSet)) {
        sink.report(
            DiagnosticCode.NOT_A_VALUE_SET,
            reference.span(),
            "'"
                + reference.name().text()
                + "' is not a value set; write codes as SYSTEM {code, ...}");
      } else {
        resolutions.put(reference, symbol);
        used.add(valueSet.declaration());
      }
    }
  }

  private void checkInline(CodeSetTerm.InlineCodes inline) {
    Symbol.CodeSystemSymbol system = system(inline.system());
    if (system == null) {
      return;
    }
    for (CodeLiteral code : inline.codes()) {
      checkCode(system.declaration(), code);
    }
  }

  /**
   * Resolves the name of a code system (in codes, or after 'classified by'); null after a report.
   */
  Symbol.CodeSystemSymbol system(dev.eligo.compiler.ast.Identifier name) {
    Symbol symbol = scope.lookup(name.text());
    if (!(symbol instanceof Symbol.CodeSystemSymbol system)) {
      sink.report(
          DiagnosticCode.UNKNOWN_CODE_SYSTEM,
          name.span(),
          "'"
              + name.text()
              + "' is not a declared code system; declare it with "
              + "codesystem "
              + name.text()
              + " = \"<uri>\"");
      return null;
    }
    resolutions.put(name, system);
    used.add(system.declaration());
    return system;
  }

  private void checkCode(CodeSystemDeclaration system, CodeLiteral code) {
    if (system.matching() == CodeMatching.EXACT || !code.text().contains("-")) {
      return;
    }
    String[] ends = code.text().split("-", -1);
    if (ends.length != 2 || ends[0].isEmpty() || ends[1].isEmpty()) {
      sink.report(
          DiagnosticCode.INVALID_CODE,
          code.span(),
          "'" + code.text() + "' is not a code or a range LOW-HIGH of " + system.name().text());
      return;
    }
    String low = normalize(system, ends[0]);
    String high = normalize(system, ends[1]);
    int common = Math.min(low.length(), high.length());
    if (low.substring(0, common).compareTo(high.substring(0, common)) > 0) {
      sink.report(
          DiagnosticCode.INVALID_CODE,
          code.span(),
          "the range " + code.text() + " is empty: " + ends[0] + " comes after " + ends[1]);
    }
  }

  static String normalize(CodeSystemDeclaration system, String code) {
    return system.matching() == CodeMatching.PREFIX_IGNORING_DOTS ? code.replace(".", "") : code;
  }
}
