package dev.eligo.runtime.result;

import java.util.List;
import java.util.Objects;

/**
 * A criterion as the protocol states it.
 *
 * @param id the stable id, e.g. {@code I2} or {@code E3b}
 * @param kind inclusion or exclusion
 * @param text the protocol text it implements, verbatim
 * @param parts the ids of its sub-criteria, in order (empty when it has none)
 */
public record CriterionInfo(String id, CriterionKind kind, String text, List<String> parts) {
  public CriterionInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    parts = List.copyOf(parts);
  }
}
