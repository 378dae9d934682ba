package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.CodeSet;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Declaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ValueSetDeclaration;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import java.util.List;

/**
 * Keeps each text and expression within what one generated Java class can hold: a string constant
 * is at most 65,535 bytes and a method at most 64 KiB of bytecode. A file past these would check
 * cleanly and then fail in javac; it is told here instead, at the place.
 */
final class SizeLimits {
  /** At three bytes a character in a class file, well under the 65,535-byte constant limit. */
  static final int MAX_TEXT = 16_000;

  /**
   * Far beyond the sample's largest expression (about 90 nodes), well under a method's bytecode
   * limit.
   */
  static final int MAX_EXPRESSION_NODES = 1_500;

  /**
   * Each level of an expression is a call nested in the generated Java, and javac recurses once per
   * level; a sum of two hundred terms is two hundred levels. Far beyond the sample (about 12).
   */
  static final int MAX_DEPTH = 100;

  /** Criteria and parts of one protocol: each is a constant and a call in one class initializer. */
  static final int MAX_CRITERIA = 600;

  /** Codes written in one file: each is a call in the class initializer. */
  static final int MAX_CODES = 3_000;

  private SizeLimits() {}

  static void check(CriteriaFile file, DiagnosticSink sink) {
    text(file.header().title(), "the title", file.header().span(), sink);
    text(file.header().version(), "the version", file.header().span(), sink);
    for (DataDeclaration data : file.declarations(DataDeclaration.class)) {
      text(data.label(), "the label of " + data.name().text(), data.name().span(), sink);
    }
    for (ValueSetDeclaration valueSet : file.declarations(ValueSetDeclaration.class)) {
      text(
          valueSet.label(), "the label of " + valueSet.name().text(), valueSet.name().span(), sink);
    }
    for (Definition definition : file.declarations(Definition.class)) {
      expression(definition.body(), definition.name().text(), sink);
    }
    int criteria = 0;
    for (Criterion criterion : file.declarations(Criterion.class)) {
      criteria += 1 + criterion.parts().size();
      if (criteria > MAX_CRITERIA) {
        sink.report(
            DiagnosticCode.TOO_LARGE,
            criterion.name().span(),
            "more than "
                + MAX_CRITERIA
                + " criteria and parts do not fit in one evaluator; split the protocol into cohorts");
        break;
      }
    }
    int codes = 0;
    for (Declaration declaration : file.declarations()) {
      for (CodeSet set : codeSetsOf(declaration)) {
        for (CodeSetTerm term : concat(set.included(), set.excluded())) {
          if (term instanceof CodeSetTerm.InlineCodes inline) {
            codes += inline.codes().size();
            if (codes > MAX_CODES) {
              sink.report(
                  DiagnosticCode.TOO_LARGE,
                  inline.span(),
                  "more than "
                      + MAX_CODES
                      + " codes do not fit in one evaluator; use ranges or prefixes (ICD10 {C00-C96})");
              return;
            }
          }
        }
      }
    }
    for (Criterion criterion : file.declarations(Criterion.class)) {
      text(
          criterion.text(),
          "the protocol text of " + criterion.name().text(),
          criterion.name().span(),
          sink);
      expression(criterion.body(), criterion.name().text(), sink);
      for (Criterion.Part part : criterion.parts()) {
        text(part.text(), "the protocol text of " + part.name().text(), part.name().span(), sink);
        expression(part.body(), part.name().text(), sink);
      }
    }
  }

  private static void text(String text, String what, SourceSpan span, DiagnosticSink sink) {
    if (text != null && text.length() > MAX_TEXT) {
      sink.report(
          DiagnosticCode.TOO_LARGE,
          span,
          what
              + " has "
              + text.length()
              + " characters; at most "
              + MAX_TEXT
              + " fit in an evaluator");
    }
  }

  private static void expression(Expr body, String name, DiagnosticSink sink) {
    java.util.List<Expr> all = Children.all(body);
    int nodes = all.size();
    for (Expr expr : all) {
      if (expr instanceof Expr.UnknownLiteral unknown && unknown.reason().length() > MAX_TEXT) {
        sink.report(
            DiagnosticCode.TOO_LARGE,
            expr.span(),
            "this reason has "
                + unknown.reason().length()
                + " characters; at most "
                + MAX_TEXT
                + " fit in an evaluator");
      }
    }
    Expr deepest = deepest(body, 1);
    if (deepest != null) {
      sink.report(
          DiagnosticCode.NESTED_TOO_DEEPLY,
          deepest.span(),
          "this expression of "
              + name
              + " is nested more than "
              + MAX_DEPTH
              + " levels deep (a long chain of + or * counts one level a"
              + " term); split it into definitions");
    }
    if (nodes > MAX_EXPRESSION_NODES) {
      sink.report(
          DiagnosticCode.TOO_LARGE,
          body.span(),
          "the expression of "
              + name
              + " has "
              + nodes
              + " parts; at most "
              + MAX_EXPRESSION_NODES
              + " fit in one evaluator method: split it into definitions");
    }
  }

  /** The first node deeper than the limit, or null. */
  private static Expr deepest(Expr expr, int depth) {
    if (depth > MAX_DEPTH) {
      return expr;
    }
    for (Expr child : Children.of(expr)) {
      Expr found = deepest(child, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static List<CodeSet> codeSetsOf(Declaration declaration) {
    if (declaration instanceof ValueSetDeclaration valueSet) {
      return List.of(valueSet.codes());
    }
    if (declaration instanceof DataDeclaration.ObservationDeclaration observation) {
      return List.of(observation.codes());
    }
    if (declaration instanceof DataDeclaration.RecordDeclaration record) {
      return List.of(record.codes());
    }
    return List.of();
  }

  private static List<CodeSetTerm> concat(List<CodeSetTerm> a, List<CodeSetTerm> b) {
    List<CodeSetTerm> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
