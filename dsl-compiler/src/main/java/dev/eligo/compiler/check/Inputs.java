package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.DataDeclaration.InputDeclaration;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.runtime.internal.quantity.Units;
import dev.eligo.runtime.result.InputInfo;

/** Screening inputs: what each kind is, and the type a criterion reads. */
final class Inputs {
  private Inputs() {}

  /** The kind of an input, or null when the word is none. */
  static InputInfo.Kind kind(InputDeclaration input) {
    switch (input.kind()) {
      case "date":
        return InputInfo.Kind.DATE;
      case "number":
        return InputInfo.Kind.NUMBER;
      case "quantity":
        return InputInfo.Kind.QUANTITY;
      case "code":
        return InputInfo.Kind.CODE;
      case "truth":
        return InputInfo.Kind.TRUTH;
      default:
        return null;
    }
  }

  static void check(InputDeclaration input, CodeSetChecker codeSets, DiagnosticSink sink) {
    InputInfo.Kind kind = kind(input);
    if (kind == null
        || kind == InputInfo.Kind.CODE && input.system() == null
        || kind != InputInfo.Kind.CODE && input.system() != null) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          input.name().span(),
          "input '"
              + input.name().text()
              + "' is a date,"
              + " a number, a truth, a quantity 'unit' or a code in SYSTEM, not '"
              + input.kind()
              + (input.system() == null ? "" : " in " + input.system().text())
              + "'");
      return;
    }
    if (kind == InputInfo.Kind.CODE) {
      codeSets.system(input.system());
    }
    if (kind == InputInfo.Kind.QUANTITY) {
      Units.ucum()
          .problem(input.unit().text())
          .ifPresent(
              problem -> sink.report(DiagnosticCode.UNKNOWN_UNIT, input.unit().span(), problem));
    }
  }

  /** The type a criterion reads from the input. */
  static Type typeOf(InputDeclaration input) {
    InputInfo.Kind kind = kind(input);
    if (kind == null) {
      return Type.ERROR;
    }
    switch (kind) {
      case DATE:
        return Type.DATE;
      case NUMBER:
        return Type.NUMBER;
      case QUANTITY:
        return new Type.Quantity(input.unit().text());
      case CODE:
        return Type.CODES;
      case TRUTH:
        return Type.TRUTH;
    }
    throw new AssertionError(kind);
  }
}
