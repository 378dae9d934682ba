package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import java.util.List;

/**
 * A criteria file that passed the checker, with everything generation needs: for every expression
 * its type and {@link Representation}, the rule of every comparison and arithmetic expression, the
 * table row of every function and field, and what each name stands for. Generation reads only these
 * answers; it never infers anything itself.
 */
public final class CheckedFile {
  private final CriteriaFile ast;
  private final Annotations annotations;
  private final List<Definition> definitionsInDependencyOrder;

  CheckedFile(
      CriteriaFile ast, Annotations annotations, List<Definition> definitionsInDependencyOrder) {
    this.ast = ast;
    this.annotations = annotations;
    this.definitionsInDependencyOrder = List.copyOf(definitionsInDependencyOrder);
  }

  public CriteriaFile ast() {
    return ast;
  }

  /** The type inferred for an expression of this file. */
  public Type typeOf(Expr expr) {
    return required(annotations.types.get(expr), expr);
  }

  /** How generated Java holds the expression's value. */
  public Representation representationOf(Expr expr) {
    return required(annotations.representations.get(expr), expr);
  }

  /** Whether an observation stands for its value where it is used (arithmetic, {@code in}, ...). */
  public boolean readAsValue(Expr expr) {
    return annotations.readAsValue.contains(expr);
  }

  /**
   * Whether no amount of a total can be negative, so that unknown amounts can only raise it and the
   * known ones are a floor.
   */
  public boolean amountsCannotBeNegative(Expr.Sum sum) {
    return annotations.nonNegativeSums.contains(sum);
  }

  /**
   * The rule comparing two operands. A threshold chosen by {@code if} is compared in each branch,
   * so a comparison has one rule per pair of operands it compares.
   */
  public ComparisonRule comparisonRule(Expr left, Expr right) {
    var byRight = annotations.comparisons.get(left);
    return required(byRight == null ? null : byRight.get(right), left);
  }

  public ArithmeticRule arithmeticRule(Expr.Arithmetic arithmetic) {
    return required(annotations.arithmetic.get(arithmetic), arithmetic);
  }

  /** The table row of a function call. */
  public FunctionDeclaration functionOf(Expr.Call call) {
    return required(annotations.functions.get(call), call);
  }

  /**
   * The table row of a field read: a {@link Expr.FieldAccess} or a field named inside {@code
   * where}.
   */
  public FieldDeclaration fieldOf(Expr expr) {
    return required(annotations.fields.get(expr), expr);
  }

  /**
   * Every instantiation of parameterised definitions, each a method of its own; one that another
   * calls comes before it, so generation names the callee before it writes the call.
   */
  public List<Instantiation> instantiations() {
    return List.copyOf(annotations.instantiationsCalleesFirst);
  }

  /**
   * The instantiation a call of a parameterised definition uses, or null for a call of a function.
   */
  public Instantiation instantiationOf(Expr.Call call) {
    return annotations.calls.get(call);
  }

  /** Whether a definition's value is the same for every patient (a threshold, a window). */
  public boolean isConstant(Definition definition) {
    return annotations.constants.contains(definition);
  }

  /** What a name stands for. */
  public Symbol symbolOf(Expr.Name name) {
    return resolved(name);
  }

  /** What a value set reference in a code set stands for. */
  public Symbol symbolOf(CodeSetTerm term) {
    return resolved(term);
  }

  /** What the name of a code system after {@code classified by} stands for. */
  public Symbol.CodeSystemSymbol systemOf(dev.eligo.compiler.ast.Identifier name) {
    return (Symbol.CodeSystemSymbol) resolved(name);
  }

  /** What the system name of inline codes stands for. */
  public Symbol.CodeSystemSymbol systemOf(CodeSetTerm.InlineCodes codes) {
    return (Symbol.CodeSystemSymbol) resolved(codes.system());
  }

  /** Definitions, each after those it uses. */
  public List<Definition> definitionsInDependencyOrder() {
    return definitionsInDependencyOrder;
  }

  private Symbol resolved(Object node) {
    return required(annotations.resolutions.get(node), node);
  }

  private static <T> T required(T value, Object node) {
    if (value == null) {
      String where = node instanceof Expr expr ? " at " + expr.span() : "";
      throw new IllegalStateException(
          "the checker recorded nothing for " + node.getClass().getSimpleName() + where);
    }
    return value;
  }
}
