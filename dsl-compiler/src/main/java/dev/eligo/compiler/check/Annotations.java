package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the checker learns about each node, filled while checking and read through {@link
 * CheckedFile}. Keyed by node identity: records compare by value, and two equal-looking nodes in
 * different places may mean different things.
 */
final class Annotations {
  final Map<Expr, Type> types = new IdentityHashMap<>();
  final Map<Expr, Representation> representations = new IdentityHashMap<>();
  final Map<Object, Symbol> resolutions = new IdentityHashMap<>();

  /** Observations that stand for their value where they are used. */
  final Set<Expr> readAsValue = Collections.newSetFromMap(new IdentityHashMap<>());

  final Map<Expr, Map<Expr, ComparisonRule>> comparisons = new IdentityHashMap<>();
  final Map<Expr.Arithmetic, ArithmeticRule> arithmetic = new IdentityHashMap<>();
  final Map<Expr.Call, FunctionDeclaration> functions = new IdentityHashMap<>();
  final Map<Object, FieldDeclaration> fields = new IdentityHashMap<>();
  final Set<Definition> constants = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Totals whose amounts cannot be negative (durations, doses, counts). */
  final Set<Expr.Sum> nonNegativeSums = Collections.newSetFromMap(new IdentityHashMap<>());

  final Set<Object> used = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Each parameterised definition's instantiations, in the order first called. */
  final Map<Definition, java.util.List<Instantiation>> instantiations =
      new java.util.LinkedHashMap<>();

  /** Every instantiation in the order its checking finished: those it calls come before it. */
  final java.util.List<Instantiation> instantiationsCalleesFirst = new java.util.ArrayList<>();

  /** The instantiation each call of a parameterised definition uses. */
  final Map<Expr.Call, Instantiation> calls = new IdentityHashMap<>();

  void type(Expr expr, Type type, Representation representation) {
    types.put(expr, type);
    representations.put(expr, representation);
  }

  void comparison(Expr left, Expr right, ComparisonRule rule) {
    comparisons.computeIfAbsent(left, k -> new IdentityHashMap<>()).put(right, rule);
  }
}
