package dev.eligo.runtime.result;

import java.util.Objects;

/**
 * Data that would decide an unknown result: a concept and where it was looked for, e.g. {@code ANC
 * in 2026-10-27..2026-11-24}.
 *
 * @param concept the concept's label as the protocol names it ({@code ANC}, {@code birth date})
 * @param where where it was looked for ({@code in 2026-10-27..2026-11-24}, {@code on or before
 *     2026-11-24}); empty when the record as a whole was searched
 */
public record Missing(String concept, String where) {
  public Missing {
    Objects.requireNonNull(concept, "concept");
    where = where == null ? "" : where;
  }

  @Override
  public String toString() {
    return where.isEmpty() ? concept : concept + " " + where;
  }
}
