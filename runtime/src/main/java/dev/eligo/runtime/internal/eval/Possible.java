package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import java.util.List;
import java.util.Objects;

/**
 * An item that may belong to a list: a filter on it was unknown, or its record is tentative.
 *
 * @param reason why it is only possible, e.g. {@code verificationStatus provisional}
 * @param missing the data that would settle it
 */
public record Possible<T>(T item, String reason, List<Missing> missing) {
  public Possible {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
    missing = List.copyOf(missing);
  }
}
