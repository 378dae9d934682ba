package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.Identifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/** The names bound inside an expression: quantified variables and the item of a {@code where}. */
final class Scopes {
  private Deque<Frame> frames = new ArrayDeque<>();

  private sealed interface Frame {}

  private record VariableFrame(Identifier name, Type type, Representation representation)
      implements Frame {}

  private record ItemFrame(Expr.Where binder, Type itemType) implements Frame {}

  /** An item of a list, bound by any, all or count ... where: a list itself, or one value. */
  void bindVariable(Identifier name, Type type) {
    bindVariable(
        name, type, type instanceof Type.ListOf ? Representation.LIST : Representation.VALUE);
  }

  /** A name bound to a value of any representation: a let, a parameter of a definition. */
  void bindVariable(Identifier name, Type type, Representation representation) {
    frames.push(new VariableFrame(name, type, representation));
  }

  void bindItem(Expr.Where binder, Type itemType) {
    frames.push(new ItemFrame(binder, itemType));
  }

  void pop() {
    frames.pop();
  }

  /** A definition's body sees none of the names around the place that uses it. */
  Deque<Frame> enterDefinition() {
    Deque<Frame> saved = frames;
    frames = new ArrayDeque<>();
    return saved;
  }

  @SuppressWarnings("unchecked")
  void leaveDefinition(Deque<?> saved) {
    frames = (Deque<Frame>) saved;
  }

  /** Whether a 'where' around here filters something already reported as not a list. */
  boolean insideErroneousItem() {
    return frames.stream()
        .anyMatch(frame -> frame instanceof ItemFrame item && item.itemType().isError());
  }

  /** The innermost binding of a name, or null. */
  Symbol lookup(String name) {
    for (Iterator<Frame> it = frames.iterator(); it.hasNext(); ) {
      Frame frame = it.next();
      if (frame instanceof VariableFrame variable && variable.name().text().equals(name)) {
        return new Symbol.Variable(variable.name(), variable.type(), variable.representation());
      }
      if (frame instanceof ItemFrame item) {
        FieldDeclaration field = LanguageTable.field(item.itemType(), name).orElse(null);
        if (field != null) {
          return new Symbol.ItemField(
              field, item.binder(), item.itemType(), field.type().apply(item.itemType()));
        }
      }
    }
    return null;
  }
}
