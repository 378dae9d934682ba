package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ValueSetDeclaration;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;

/**
 * Keeps each text and expression within what one generated Java class can hold: a string
 * constant is at most 65,535 bytes and a method at most 64 KiB of bytecode. A file past these
 * would check cleanly and then fail in javac; it is told here instead, at the place.
 */
final class SizeLimits {
  /** At three bytes a character in a class file, well under the 65,535-byte constant limit. */
  static final int MAX_TEXT = 16_000;
  /** Far beyond the sample's largest expression (about 90 nodes), well under a method's bytecode limit. */
  static final int MAX_EXPRESSION_NODES = 1_500;

  private SizeLimits() {}

  static void check(CriteriaFile file, DiagnosticSink sink) {
    text(file.header().title(), "the title", file.header().span(), sink);
    text(file.header().version(), "the version", file.header().span(), sink);
    for (DataDeclaration data : file.declarations(DataDeclaration.class)) {
      text(data.label(), "the label of " + data.name().text(), data.name().span(), sink);
    }
    for (ValueSetDeclaration valueSet : file.declarations(ValueSetDeclaration.class)) {
      text(valueSet.label(), "the label of " + valueSet.name().text(), valueSet.name().span(), sink);
    }
    for (Definition definition : file.declarations(Definition.class)) {
      expression(definition.body(), definition.name().text(), sink);
    }
    for (Criterion criterion : file.declarations(Criterion.class)) {
      text(criterion.text(), "the protocol text of " + criterion.name().text(), criterion.name().span(), sink);
      expression(criterion.body(), criterion.name().text(), sink);
      for (Criterion.Part part : criterion.parts()) {
        text(part.text(), "the protocol text of " + part.name().text(), part.name().span(), sink);
        expression(part.body(), part.name().text(), sink);
      }
    }
  }

  private static void text(String text, String what, SourceSpan span, DiagnosticSink sink) {
    if (text != null && text.length() > MAX_TEXT) {
      sink.report(DiagnosticCode.TOO_LARGE, span,
          what + " has " + text.length() + " characters; at most " + MAX_TEXT + " fit in an evaluator");
    }
  }

  private static void expression(Expr body, String name, DiagnosticSink sink) {
    java.util.List<Expr> all = Children.all(body);
    int nodes = all.size();
    for (Expr expr : all) {
      if (expr instanceof Expr.UnknownLiteral unknown && unknown.reason().length() > MAX_TEXT) {
        sink.report(DiagnosticCode.TOO_LARGE, expr.span(),
            "this reason has " + unknown.reason().length() + " characters; at most " + MAX_TEXT + " fit in an evaluator");
      }
    }
    if (nodes > MAX_EXPRESSION_NODES) {
      sink.report(DiagnosticCode.TOO_LARGE, body.span(),
          "the expression of " + name + " has " + nodes + " parts; at most " + MAX_EXPRESSION_NODES
              + " fit in one evaluator method: split it into definitions");
    }
  }
}
