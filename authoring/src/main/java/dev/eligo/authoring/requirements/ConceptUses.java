package dev.eligo.authoring.requirements;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Symbol;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a checked file reads each data declaration, and through which windows: walks every
 * criterion, part and definition. A use narrows the dates read only when the window applies to
 * the concept's own records ({@code psa within 12 months before screening}, possibly through
 * {@code where}); a use through anything else ({@code courses(x) within 6 weeks}, a definition
 * used later under a window, {@code exists x}) reads all of its history. New expression nodes
 * are walked through {@link Children}, and count as reading all history unless taught otherwise.
 */
final class ConceptUses {
  /** The earliest data a concept's uses need: its windows, or none when some use reads all history. */
  static final class Use {
    final List<Expr.DurationLiteral> windows = new ArrayList<>();
    boolean allHistory;
  }

  private final CheckedFile file;
  private final Map<DataDeclaration, Use> uses = new LinkedHashMap<>();

  private ConceptUses(CheckedFile file) {
    this.file = file;
  }

  /** The data declarations the file's criteria read, in declaration order, with their windows. */
  static Map<DataDeclaration, Use> of(CheckedFile file) {
    ConceptUses walk = new ConceptUses(file);
    for (Definition definition : file.ast().declarations(Definition.class)) {
      walk.walk(definition.body());
    }
    for (Criterion criterion : file.ast().declarations(Criterion.class)) {
      walk.walk(criterion.body());
      criterion.parts().forEach(part -> walk.walk(part.body()));
    }
    Map<DataDeclaration, Use> ordered = new LinkedHashMap<>();
    for (DataDeclaration declaration : file.ast().declarations(DataDeclaration.class)) {
      Use use = walk.uses.get(declaration);
      if (use != null) {
        ordered.put(declaration, use);
      }
    }
    return ordered;
  }

  private void walk(Expr root) {
    Map<Expr, Expr> parents = new IdentityHashMap<>();
    List<Expr> all = Children.all(root);
    for (Expr expr : all) {
      for (Expr child : Children.of(expr)) {
        parents.put(child, expr);
      }
    }
    for (Expr expr : all) {
      if (expr instanceof Expr.Name name && file.symbolOf(name) instanceof Symbol.Data data) {
        record(data.declaration(), window(name, parents));
      }
    }
  }

  private void record(DataDeclaration declaration, Expr.DurationLiteral window) {
    Use use = uses.computeIfAbsent(declaration, d -> new Use());
    if (window == null) {
      use.allHistory = true;
    } else {
      use.windows.add(window);
    }
  }

  /** The window over the concept's own records at this use, or {@code null} when there is none. */
  private Expr.DurationLiteral window(Expr name, Map<Expr, Expr> parents) {
    Expr current = name;
    Expr parent = parents.get(current);
    while (parent instanceof Expr.Where where && where.items() == current) {
      current = parent;
      parent = parents.get(current);
    }
    if (parent instanceof Expr.Within within && within.items() == current) {
      return duration(within.duration());
    }
    if (parent instanceof Expr.AtScreening) {
      return new Expr.DurationLiteral(java.math.BigDecimal.ZERO, Expr.DurationUnit.DAYS, parent.span());
    }
    return null;
  }

  /** A written duration, also through definitions of one ({@code labWindow}); else {@code null}. */
  private Expr.DurationLiteral duration(Expr expr) {
    for (int depth = 0; depth < 64; depth++) {
      if (expr instanceof Expr.DurationLiteral literal) {
        return literal;
      }
      if (expr instanceof Expr.Name name && file.symbolOf(name) instanceof Symbol.DefinitionSymbol definition) {
        expr = definition.definition().body();
      } else {
        return null;
      }
    }
    return null;
  }
}
