package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.InputInfo;
import java.util.Objects;

/**
 * A screening input the criteria file declares, as generated code names it: {@code arm}, a code of
 * the protocol's local system; {@code registration}, a date.
 *
 * @param system the code system of a code input, or null
 */
public record InputConcept(
    String name, String label, InputInfo.Kind kind, String unit, CodeSystemRef system) {
  public InputConcept {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    unit = unit == null ? "" : unit;
  }

  public static InputConcept of(
      String name, String label, InputInfo.Kind kind, String unit, CodeSystemRef system) {
    return new InputConcept(name, label, kind, unit, system);
  }

  /** What the protocol tells its users about the input. */
  public InputInfo info() {
    return new InputInfo(name, label, kind, unit, system == null ? "" : system.uris().get(0));
  }
}
