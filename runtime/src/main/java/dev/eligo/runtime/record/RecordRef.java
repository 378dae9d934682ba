package dev.eligo.runtime.record;

import java.util.Objects;

/** Names the source record a fact came from, e.g. {@code Observation/psa-3}, for explanations. */
public record RecordRef(String resourceType, String id) implements Comparable<RecordRef> {
  public RecordRef {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(id, "id");
  }

  public static RecordRef of(String resourceType, String id) {
    return new RecordRef(resourceType, id);
  }

  @Override
  public int compareTo(RecordRef other) {
    int byType = resourceType.compareTo(other.resourceType);
    return byType != 0 ? byType : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return resourceType + "/" + id;
  }
}
