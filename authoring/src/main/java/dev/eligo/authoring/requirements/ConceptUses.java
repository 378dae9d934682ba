package dev.eligo.authoring.requirements;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a checked file reads each data declaration, and through which windows: walks every
 * criterion, part and definition. A use narrows the dates read only when the window applies to the
 * concept's own records ({@code psa within 12 months before screening}, possibly through {@code
 * where}; also {@code at screening}, {@code after screening}); a use through anything else ({@code
 * courses(x) within 6 weeks}, a window next to an input or a definition, a definition used later
 * under a window, {@code exists x}) reads all of its history. Screening inputs are not data of the
 * record and are left out. New expression nodes are walked through {@link Children}, and count as
 * reading all history unless taught otherwise.
 */
final class ConceptUses {
  /**
   * The earliest data a concept's uses need: its windows, or none when some use reads all history.
   */
  static final class Use {
    final List<Expr.DurationLiteral> windows = new ArrayList<>();
    boolean allHistory;
  }

  private final CheckedFile file;
  private final Map<DataDeclaration, Use> uses = new LinkedHashMap<>();
  private final Map<String, DataDeclaration> dataByName = new LinkedHashMap<>();

  /**
   * While walking a definition with parameters: whose body the checker checks per call, recording
   * no names.
   */
  private Definition parameterised;

  private ConceptUses(CheckedFile file) {
    this.file = file;
    file.ast().declarations(DataDeclaration.class).forEach(d -> dataByName.put(d.name().text(), d));
  }

  /** The data declarations the file's criteria read, in declaration order, with their windows. */
  static Map<DataDeclaration, Use> of(CheckedFile file) {
    ConceptUses walk = new ConceptUses(file);
    for (Definition definition : file.ast().declarations(Definition.class)) {
      walk.parameterised = definition.parameters().isEmpty() ? null : definition;
      walk.walk(definition.body());
      walk.parameterised = null;
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
      if (expr instanceof Expr.Name name) {
        DataDeclaration data = data(name);
        if (data != null && !(data instanceof DataDeclaration.InputDeclaration)) {
          record(data, window(name, parents));
        }
      }
    }
  }

  /**
   * The data declaration a name reads, or null. In a definition with parameters the name is looked
   * up in the file, unless a parameter has it. A name a {@code let} or an item variable of the body
   * also binds is counted as read too: which of the two it is depends on where it stands, and
   * reading a concept for nothing costs a query, while missing one changes what screening sees.
   */
  private DataDeclaration data(Expr.Name name) {
    if (parameterised == null) {
      return file.symbolOf(name) instanceof Symbol.Data data ? data.declaration() : null;
    }
    String text = name.name().text();
    boolean parameter = parameterised.parameters().stream().anyMatch(p -> p.text().equals(text));
    return parameter ? null : dataByName.get(text);
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
    // Only windows next to the screening date narrow what is read: any other anchor (an input, a
    // definition, a field) is known only when screening, so every date may be needed.
    if (parent instanceof Expr.Within within
        && within.items() == current
        && within.anchor() instanceof Expr.ScreeningDate) {
      return within.side() == Expr.WindowSide.AFTER
          ? atScreening(parent)
          : duration(within.duration());
    }
    if (parent instanceof Expr.At at
        && at.target() == current
        && at.anchor() instanceof Expr.ScreeningDate) {
      return atScreening(parent);
    }
    if (parent instanceof Expr.Bounded bounded
        && bounded.items() == current
        && bounded.anchor() instanceof Expr.ScreeningDate
        && (bounded.bound() == Expr.Bound.AFTER || bounded.bound() == Expr.Bound.ON_OR_AFTER)) {
      return atScreening(parent);
    }
    return null;
  }

  private static Expr.DurationLiteral atScreening(Expr use) {
    return new Expr.DurationLiteral(BigDecimal.ZERO, Expr.DurationUnit.DAYS, use.span());
  }

  /** A written duration, also through definitions of one ({@code labWindow}); else {@code null}. */
  private Expr.DurationLiteral duration(Expr expr) {
    for (int depth = 0; depth < 64; depth++) {
      if (expr instanceof Expr.DurationLiteral literal) {
        return literal;
      }
      if (expr instanceof Expr.Name name
          && file.symbolOf(name) instanceof Symbol.DefinitionSymbol definition) {
        expr = definition.definition().body();
      } else {
        return null;
      }
    }
    return null;
  }
}
