package dev.eligo.compiler.generate;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds, in the body of a per-item lambda (a {@code where}, a quantifier, a count or a sum), what
 * an inner per-item lambda would compute again for each of its items although it reads none of
 * them: in {@code any run in runs(psa, 4) satisfies (count rise in rest(run) where rise.value >=
 * 1.5 * min(upTo(psa, first(run))).value) >= 2}, the lowest value up to the run's start is the same
 * for every rise. The generator computes each such expression once per outer item, into a local of
 * the outer lambda. Evaluation is pure and total, so this changes only the work done.
 */
final class LoopInvariants {
  private final SharedExpressions shared;

  LoopInvariants(SharedExpressions shared) {
    this.shared = shared;
  }

  /**
   * The largest subexpressions of {@code body} inside an inner per-item body that read a variable
   * bound around the inner lambdas and no variable bound by them; those that read only the method's
   * parameters, or nothing, are left to the method (it computes them first), and those {@code done}
   * already has are not found again.
   */
  List<Expr> in(Expr body, Predicate<Expr> done) {
    List<Expr> found = new ArrayList<>();
    walk(body, Collections.newSetFromMap(new IdentityHashMap<>()), false, done, found);
    return found;
  }

  private void walk(
      Expr expr,
      Set<Object> innerBinders,
      boolean perItem,
      Predicate<Expr> done,
      List<Expr> found) {
    if (done.test(expr)) {
      return;
    }
    if (perItem && isInvariant(expr, innerBinders)) {
      if (found.stream().noneMatch(known -> known == expr)) {
        found.add(expr);
      }
      return;
    }
    Binding binding = Binding.of(expr);
    if (binding != null) {
      walk(binding.outside(), innerBinders, perItem, done, found);
      walk(
          binding.inside(),
          with(innerBinders, binding.binder()),
          perItem || binding.perItem(),
          done,
          found);
    } else {
      for (Expr child : Children.of(expr)) {
        walk(child, innerBinders, perItem, done, found);
      }
    }
  }

  private boolean isInvariant(Expr expr, Set<Object> innerBinders) {
    // A choice between values is generated in parts where it is compared (Comparisons): its
    // condition and branches are the candidates.
    if (!shared.worthSharing(expr) || expr instanceof Expr.Conditional) {
      return false;
    }
    Set<Object> free = shared.free(expr);
    // Closed, or reading only the method's parameters: the method computes it first (see
    // SharedExpressions), so it is not the lambda's to compute.
    return !free.isEmpty()
        && Collections.disjoint(free, innerBinders)
        && shared.keyOf(expr) == null;
  }

  private static Set<Object> with(Set<Object> binders, Object binder) {
    Set<Object> more = Collections.newSetFromMap(new IdentityHashMap<>());
    more.addAll(binders);
    more.add(binder);
    return more;
  }
}
