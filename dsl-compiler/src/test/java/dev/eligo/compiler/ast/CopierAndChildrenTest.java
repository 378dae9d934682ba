package dev.eligo.compiler.ast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.parse.CriteriaParser;
import dev.eligo.compiler.testing.TestResources;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Copier} and {@link Children} on every expression of the construct files and of the
 * diagnostics table (syntax errors included): the checker types each call of a parameterised
 * definition on its own copy, and the size limits, part cycles and shared expressions walk the tree
 * with {@code Children}. The oracle is the records themselves: an expression's sub-expressions are
 * its components of type {@code Expr} or {@code List<Expr>}, in the order they are declared.
 */
class CopierAndChildrenTest {

  @Test
  void everyKindOfExpression_isReached() {
    Set<String> seen = new TreeSet<>();
    for (Expr root : roots()) {
      for (Expr expr : walk(root)) {
        seen.add(expr.getClass().getSimpleName());
      }
    }
    Set<String> all = new TreeSet<>();
    for (Class<?> kind : Expr.class.getPermittedSubclasses()) {
      all.add(kind.getSimpleName());
    }
    assertThat(seen).isEqualTo(all);
  }

  @Test
  void aCopy_isEqualNodeForNode_andSharesNoNodeNorBoundName() {
    for (Expr root : roots()) {
      Expr copy = Copier.copy(root);

      assertThat(copy).as("copy of %s", root).isEqualTo(root);
      Set<Object> original = identities(root);
      for (Expr node : walk(copy)) {
        assertThat(original.contains(node)).as("node shared by the copy: %s", node).isFalse();
        for (Object name : boundNames(node)) {
          assertThat(original.contains(name)).as("bound name shared: %s", name).isFalse();
        }
      }
    }
  }

  @Test
  void children_areTheExpressionComponents_inOrder() {
    for (Expr root : roots()) {
      for (Expr node : walk(root)) {
        List<Expr> expected = components(node);
        List<Expr> actual = Children.of(node);
        assertThat(actual).as("children of %s", node).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
          assertThat(actual.get(i)).as("child %d of %s", i, node).isSameAs(expected.get(i));
        }
      }
    }
  }

  @Test
  void all_isTheExpressionAndEverythingUnderIt_parentsFirst() {
    for (Expr root : roots()) {
      List<Expr> expected = walk(root);
      List<Expr> actual = Children.all(root);
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.get(i)).as("node %d under %s", i, root).isSameAs(expected.get(i));
      }
    }
  }

  /** The root expressions of every definition, criterion and part of the files. */
  private static List<Expr> roots() {
    List<Expr> roots = new ArrayList<>();
    List<Path> files =
        Stream.of("constructs", "diagnostics", "multiple")
            .flatMap(directory -> TestResources.criteriaFiles(directory).stream())
            .toList();
    for (Path file : files) {
      CriteriaFile parsed = CriteriaParser.parse(new DiagnosticSink(TestResources.read(file)));
      for (Declaration declaration : parsed.declarations()) {
        if (declaration instanceof Definition definition) {
          roots.add(definition.body());
        } else if (declaration instanceof Criterion criterion) {
          roots.add(criterion.body());
          criterion.parts().forEach(part -> roots.add(part.body()));
        }
      }
    }
    assertThat(roots).hasSizeGreaterThan(200);
    return roots;
  }

  /** Pre-order, parents before children, children in component order. */
  private static List<Expr> walk(Expr root) {
    List<Expr> found = new ArrayList<>();
    found.add(root);
    for (Expr child : components(root)) {
      found.addAll(walk(child));
    }
    return found;
  }

  private static List<Expr> components(Expr expr) {
    List<Expr> children = new ArrayList<>();
    for (RecordComponent component : expr.getClass().getRecordComponents()) {
      Object value = value(component, expr);
      if (value instanceof Expr child) {
        children.add(child);
      } else if (value instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Expr child) {
            children.add(child);
          }
        }
      }
    }
    return children;
  }

  /** The names an expression binds: a let's name, the variable of any, all, count and sum. */
  private static List<Object> boundNames(Expr expr) {
    if (expr instanceof Expr.Let
        || expr instanceof Expr.Quantified
        || expr instanceof Expr.CountWhere
        || expr instanceof Expr.Sum) {
      List<Object> names = new ArrayList<>();
      for (RecordComponent component : expr.getClass().getRecordComponents()) {
        if (component.getType() == Identifier.class) {
          names.add(value(component, expr));
        }
      }
      assertThat(names).as("the name bound by %s", expr).hasSize(1);
      return names;
    }
    return List.of();
  }

  private static Set<Object> identities(Expr root) {
    Set<Object> all = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Expr node : walk(root)) {
      all.add(node);
      all.addAll(boundNames(node));
    }
    return all;
  }

  private static Object value(RecordComponent component, Expr expr) {
    try {
      return component.getAccessor().invoke(expr);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
