package dev.eligo.compiler.generate;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ExprVisitor;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Symbol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the subexpressions one generated method would compute twice (the same latest value compared
 * with two thresholds; the observation compared in both branches of a threshold chosen by {@code
 * if}), so that the method computes each once, into a named local. Only closed expressions are
 * shared: those that use no variable bound around them. Evaluation is pure and total, so computing
 * a shared expression first changes nothing but the work done.
 */
final class SharedExpressions {
  private final CheckedFile file;

  /** Keys already shared, with the expression each local is computed from. */
  private final Map<String, Expr> shared;

  private final Map<String, String> locals = new HashMap<>();
  private final Map<String, Integer> uses = new HashMap<>();
  private final Map<String, Expr> firstSeen = new LinkedHashMap<>();
  private final Map<Expr, String> keys = new IdentityHashMap<>();
  private final Map<Expr, String> texts = new IdentityHashMap<>();
  private final Map<Expr, Set<Object>> free = new IdentityHashMap<>();

  /** The binders of the method itself (a definition's parameters): bound for its whole body. */
  private final Set<Object> methodBinders;

  SharedExpressions(CheckedFile file, Map<String, Expr> shared, Set<Object> methodBinders) {
    this.file = file;
    this.shared = shared;
    this.methodBinders = methodBinders;
  }

  /** The expressions to compute first, each before those that use it. */
  List<Map.Entry<String, Expr>> inOrder() {
    List<Map.Entry<String, Expr>> ordered = new ArrayList<>(shared.entrySet());
    // A shared expression's key contains the keys of the shared expressions inside it.
    ordered.sort(Comparator.comparingInt(entry -> entry.getKey().length()));
    return ordered;
  }

  void name(String key, String local) {
    locals.put(key, local);
  }

  /**
   * Counts one more emission of an expression; the local that holds it when it is shared. An
   * emission inside the body of a {@code where}, a quantifier, a count or a sum counts twice: the
   * body runs once per item, so a closed expression there is worth computing once, first.
   */
  String use(Expr expr, String defining, boolean perItem) {
    String key = keyOf(expr);
    if (key == null) {
      return null;
    }
    uses.merge(key, perItem ? 2 : 1, Integer::sum);
    firstSeen.putIfAbsent(key, expr);
    return key.equals(defining) ? null : locals.get(key);
  }

  /**
   * Expressions emitted twice or more that are not shared yet, leaving out those inside another
   * such expression (sharing the outer one shares them too).
   */
  Map<String, Expr> newlyRepeated() {
    List<String> repeated =
        uses.entrySet().stream()
            .filter(entry -> entry.getValue() >= 2 && !shared.containsKey(entry.getKey()))
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    Map<String, Expr> outermost = new LinkedHashMap<>();
    for (String key : repeated) {
      boolean inner =
          repeated.stream().anyMatch(other -> other.length() > key.length() && other.contains(key));
      if (!inner) {
        outermost.put(key, firstSeen.get(key));
      }
    }
    return outermost;
  }

  /** The key of an expression worth sharing, or null: literals and names are cheap already. */
  String keyOf(Expr expr) {
    if (keys.containsKey(expr)) {
      return keys.get(expr);
    }
    String key = worthSharing(expr) && methodBinders.containsAll(free(expr)) ? text(expr) : null;
    keys.put(expr, key);
    return key;
  }

  boolean worthSharing(Expr expr) {
    return expr instanceof Expr.Call
        || expr instanceof Expr.FieldAccess
        || expr instanceof Expr.Within
        || expr instanceof Expr.At
        || expr instanceof Expr.Bounded
        || expr instanceof Expr.During
        || expr instanceof Expr.InTimeUnit
        || expr instanceof Expr.InUnit
        || expr instanceof Expr.Let
        || expr instanceof Expr.Where
        || expr instanceof Expr.ListOperation
        || expr instanceof Expr.Quantified
        || expr instanceof Expr.CountWhere
        || expr instanceof Expr.Sum
        || expr instanceof Expr.Arithmetic
        || expr instanceof Expr.Comparison
        || expr instanceof Expr.Membership
        || expr instanceof Expr.Logical
        || expr instanceof Expr.Not
        || expr instanceof Expr.UnknownTest
        || expr instanceof Expr.Conditional
            && file.representationOf(expr) != dev.eligo.compiler.check.Representation.ULN_MULTIPLE
        || expr instanceof Expr.Negative
            && !(((Expr.Negative) expr).operand() instanceof Expr.NumberLiteral
                || ((Expr.Negative) expr).operand() instanceof Expr.QuantityLiteral);
  }

  /** The binders (a where, a variable) the expression uses without binding them itself. */
  Set<Object> free(Expr expr) {
    Set<Object> known = free.get(expr);
    if (known != null) {
      return known;
    }
    Set<Object> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Expr child : Children.of(expr)) {
      found.addAll(free(child));
    }
    if (expr instanceof Expr.Name name) {
      Symbol symbol = file.symbolOf(name);
      if (symbol instanceof Symbol.Variable variable) {
        found.add(variable.name());
      } else if (symbol instanceof Symbol.ItemField field) {
        found.add(field.binder());
      }
    }
    Binding binding = Binding.of(expr);
    if (binding != null) {
      found.remove(binding.binder());
    }
    free.put(expr, found);
    return found;
  }

  /** The canonical text of an expression, each node's computed once. */
  private String text(Expr expr) {
    String known = texts.get(expr);
    if (known == null) {
      known = expr.accept(new Keys());
      texts.put(expr, known);
    }
    return known;
  }

  /** A canonical text of an expression: equal texts compute equal values in one method. */
  private final class Keys implements ExprVisitor<String> {
    private String of(Expr e) {
      return text(e);
    }

    private String node(String kind, Object... parts) {
      StringBuilder out = new StringBuilder(kind).append('(');
      for (int i = 0; i < parts.length; i++) {
        out.append(i == 0 ? "" : ",")
            .append(parts[i] instanceof Expr e ? of(e) : String.valueOf(parts[i]));
      }
      return out.append(')').toString();
    }

    @Override
    public String visitBooleanLiteral(Expr.BooleanLiteral e) {
      return node("bool", e.value());
    }

    @Override
    public String visitUnknownLiteral(Expr.UnknownLiteral e) {
      List<Object> parts = new ArrayList<>();
      parts.add(quoted(e.reason()));
      parts.addAll(e.lookedFor());
      return node("unknown", parts.toArray());
    }

    @Override
    public String visitNumberLiteral(Expr.NumberLiteral e) {
      return node("number", e.value().toPlainString());
    }

    @Override
    public String visitQuantityLiteral(Expr.QuantityLiteral e) {
      return node("quantity", e.value().toPlainString(), quoted(e.unit().text()));
    }

    @Override
    public String visitDurationLiteral(Expr.DurationLiteral e) {
      return node("duration", e.amount().toPlainString(), e.unit());
    }

    @Override
    public String visitUlnMultiple(Expr.UlnMultiple e) {
      return node(e.lower() ? "lln" : "uln", e.multiple().toPlainString());
    }

    @Override
    public String visitTextLiteral(Expr.TextLiteral e) {
      return node("text", quoted(e.text()));
    }

    @Override
    public String visitDateLiteral(Expr.DateLiteral e) {
      return node("date", e.value());
    }

    @Override
    public String visitScreeningDate(Expr.ScreeningDate e) {
      return node("screening");
    }

    @Override
    public String visitErroneous(Expr.Erroneous e) {
      throw new IllegalStateException("generation ran on a file with syntax errors");
    }

    @Override
    public String visitName(Expr.Name e) {
      return node("name", e.name().text());
    }

    @Override
    public String visitCall(Expr.Call e) {
      List<Object> parts = new ArrayList<>();
      parts.add(e.function().text());
      parts.addAll(e.arguments());
      return node("call", parts.toArray());
    }

    @Override
    public String visitFieldAccess(Expr.FieldAccess e) {
      return node("field", e.target(), e.field().text());
    }

    @Override
    public String visitWithin(Expr.Within e) {
      return node("within", e.items(), e.duration(), e.side(), e.anchor());
    }

    @Override
    public String visitAt(Expr.At e) {
      return node("at", e.target(), e.anchor());
    }

    @Override
    public String visitBounded(Expr.Bounded e) {
      return e.end() == null
          ? node("bounded", e.items(), e.bound(), e.anchor())
          : node("bounded", e.items(), e.bound(), e.anchor(), e.end());
    }

    @Override
    public String visitDuring(Expr.During e) {
      return node("during", e.items(), e.period());
    }

    @Override
    public String visitInTimeUnit(Expr.InTimeUnit e) {
      return node("inTime", e.value(), e.unit());
    }

    @Override
    public String visitInUnit(Expr.InUnit e) {
      return node("inUnit", e.value(), quoted(e.unit().text()));
    }

    @Override
    public String visitLet(Expr.Let e) {
      return node("let", e.name().text(), e.bound(), e.body());
    }

    @Override
    public String visitWhere(Expr.Where e) {
      return node("where", e.items(), e.condition());
    }

    @Override
    public String visitListOperation(Expr.ListOperation e) {
      return node("list", e.operator(), e.operand());
    }

    @Override
    public String visitNegative(Expr.Negative e) {
      return node("negative", e.operand());
    }

    @Override
    public String visitArithmetic(Expr.Arithmetic e) {
      return node("arithmetic", e.operator(), e.left(), e.right());
    }

    @Override
    public String visitComparison(Expr.Comparison e) {
      return node("compare", e.operator(), e.left(), e.right());
    }

    @Override
    public String visitMembership(Expr.Membership e) {
      // Code sets print with their system and codes, or the value set's name.
      return node("in", e.value(), quoted(codeSet(e.codes())));
    }

    @Override
    public String visitSexTest(Expr.SexTest e) {
      return node("is", e.subject(), e.sex().text());
    }

    @Override
    public String visitUnknownTest(Expr.UnknownTest e) {
      return node("isUnknown", e.negated(), e.value());
    }

    @Override
    public String visitNot(Expr.Not e) {
      return node("not", e.operand());
    }

    @Override
    public String visitLogical(Expr.Logical e) {
      List<Object> parts = new ArrayList<>();
      parts.add(e.operator());
      parts.addAll(e.operands());
      return node("logical", parts.toArray());
    }

    @Override
    public String visitConditional(Expr.Conditional e) {
      return node("if", e.condition(), e.thenBranch(), e.elseBranch());
    }

    @Override
    public String visitQuantified(Expr.Quantified e) {
      return node("quantified", e.quantifier(), e.variable().text(), e.items(), e.body());
    }

    @Override
    public String visitCountWhere(Expr.CountWhere e) {
      return node("countWhere", e.variable().text(), e.items(), e.condition());
    }

    @Override
    public String visitSum(Expr.Sum e) {
      return node("sum", e.variable().text(), e.items(), e.amount());
    }

    private String codeSet(CodeSetTerm term) {
      if (term instanceof CodeSetTerm.ValueSetReference reference) {
        return reference.name().text();
      }
      CodeSetTerm.InlineCodes inline = (CodeSetTerm.InlineCodes) term;
      return inline.system().text() + inline.codes().stream().map(c -> c.text()).toList();
    }

    private String quoted(String text) {
      return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
  }
}
