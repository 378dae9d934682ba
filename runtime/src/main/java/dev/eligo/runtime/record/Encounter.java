package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * A contact with the health system: a hospital stay, an outpatient visit, an emergency visit.
 *
 * @param classes the encounter's class (inpatient, ambulatory, emergency, ...)
 * @param types its specific types
 * @param status the encounter status
 * @param period when it took place; an encounter still going on has no end
 */
public record Encounter(
    RecordRef ref,
    List<Coding> classes,
    List<Coding> types,
    EncounterStatus status,
    RecordPeriod period) {

  public Encounter {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    classes = List.copyOf(classes);
    types = List.copyOf(types);
  }

  /**
   * An encounter known to exist whose content could not be read: no codes, status unknown, no
   * period.
   */
  public static Encounter unreadable(RecordRef ref) {
    return new Encounter(ref, List.of(), List.of(), EncounterStatus.UNKNOWN, null);
  }
}
