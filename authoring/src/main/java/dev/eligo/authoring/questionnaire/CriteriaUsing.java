package dev.eligo.authoring.questionnaire;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Symbol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which top-level criteria read each data declaration, directly, through parts or through
 * definitions.
 */
final class CriteriaUsing {
  private CriteriaUsing() {}

  static Map<DataDeclaration, List<Criterion>> of(CheckedFile file) {
    Map<DataDeclaration, List<Criterion>> using = new LinkedHashMap<>();
    for (Criterion criterion : file.ast().declarations(Criterion.class)) {
      Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      List<Expr> pending = new ArrayList<>(List.of(criterion.body()));
      criterion.parts().forEach(part -> pending.add(part.body()));
      while (!pending.isEmpty()) {
        for (Expr expr : Children.all(pending.remove(pending.size() - 1))) {
          if (!(expr instanceof Expr.Name name)) {
            continue;
          }
          Symbol symbol = file.symbolOf(name);
          if (symbol instanceof Symbol.Data data && seen.add(data.declaration())) {
            using.computeIfAbsent(data.declaration(), d -> new ArrayList<>()).add(criterion);
          } else if (symbol instanceof Symbol.DefinitionSymbol definition
              && seen.add(definition.definition())) {
            Definition used = definition.definition();
            pending.add(used.body());
          }
        }
      }
    }
    return using;
  }
}
