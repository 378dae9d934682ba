package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A criteria file that passed the checker, with what generation needs to know about it. Side
 * tables are keyed by node identity: records compare by value, and two equal-looking nodes in
 * different places may mean different things (a name bound in two scopes).
 */
public final class CheckedFile {
  private final CriteriaFile ast;
  private final Map<Expr, Type> types;
  private final Map<Object, Symbol> resolutions;
  private final List<Definition> definitionsInDependencyOrder;

  CheckedFile(CriteriaFile ast, IdentityHashMap<Expr, Type> types, IdentityHashMap<Object, Symbol> resolutions,
      List<Definition> definitionsInDependencyOrder) {
    this.ast = ast;
    this.types = types;
    this.resolutions = resolutions;
    this.definitionsInDependencyOrder = List.copyOf(definitionsInDependencyOrder);
  }

  public CriteriaFile ast() {
    return ast;
  }

  /** The type inferred for an expression of this file. */
  public Type typeOf(Expr expr) {
    Type type = types.get(expr);
    if (type == null) {
      throw new IllegalStateException("no type recorded for " + expr.getClass().getSimpleName() + " at " + expr.span());
    }
    return type;
  }

  /** What a name stands for. */
  public Symbol symbolOf(Expr.Name name) {
    return resolved(name);
  }

  /** What a value set reference in a code set stands for. */
  public Symbol symbolOf(CodeSetTerm term) {
    return resolved(term);
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
    Symbol symbol = resolutions.get(node);
    if (symbol == null) {
      throw new IllegalStateException("unresolved " + node);
    }
    return symbol;
  }
}
