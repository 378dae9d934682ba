package dev.eligo.runtime.result;

import java.util.List;
import java.util.Objects;

/**
 * The protocol an evaluator implements.
 *
 * @param id the registry identifier, e.g. {@code NCT07298239}
 * @param criteria top-level criteria and their parts, in the order of the criteria file
 * @param inputs the screening inputs it declares besides the date, in the order of the file
 */
public record ProtocolInfo(
    String id, String title, String version, List<CriterionInfo> criteria, List<InputInfo> inputs) {
  public ProtocolInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    criteria = List.copyOf(criteria);
    inputs = List.copyOf(inputs);
  }

  /** A protocol that reads no screening input but the date. */
  public ProtocolInfo(String id, String title, String version, List<CriterionInfo> criteria) {
    this(id, title, version, criteria, List.of());
  }
}
