package dev.eligo.runtime.result;

import java.util.List;
import java.util.Objects;

/**
 * The protocol an evaluator implements.
 *
 * @param id the registry identifier, e.g. {@code NCT07298239}
 * @param criteria top-level criteria and their parts, in the order of the criteria file
 * @param inputs the screening inputs it declares besides the date, in the order of the file
 * @param resourceTypes the FHIR resource types its records are read from ({@code Patient}, {@code
 *     Observation}, ...), so that a reader may pass over the others; empty when the evaluator does
 *     not say, and then every type is read
 */
public record ProtocolInfo(
    String id,
    String title,
    String version,
    List<CriterionInfo> criteria,
    List<InputInfo> inputs,
    List<String> resourceTypes) {
  public ProtocolInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    criteria = List.copyOf(criteria);
    inputs = List.copyOf(inputs);
    resourceTypes = List.copyOf(resourceTypes);
  }

  /** A protocol that does not say which resource types it reads: a reader reads them all. */
  public ProtocolInfo(
      String id,
      String title,
      String version,
      List<CriterionInfo> criteria,
      List<InputInfo> inputs) {
    this(id, title, version, criteria, inputs, List.of());
  }

  /** A protocol that reads no screening input but the date, nor says which types it reads. */
  public ProtocolInfo(String id, String title, String version, List<CriterionInfo> criteria) {
    this(id, title, version, criteria, List.of());
  }
}
