package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * A sample taken from the patient: archival tumour tissue, a blood sample.
 *
 * @param codes what kind of specimen it is ({@code Specimen.type})
 * @param status available, unavailable, ...; {@code null} when the record does not say
 * @param collected when it was collected, or {@code null}
 * @param bodySites where it was taken from; empty when the record does not say
 */
public record Specimen(
    RecordRef ref,
    List<Coding> codes,
    SpecimenStatus status,
    RecordDate collected,
    List<Coding> bodySites) {

  public Specimen {
    Objects.requireNonNull(ref, "ref");
    codes = List.copyOf(codes);
    bodySites = List.copyOf(bodySites);
  }

  /** A specimen known to exist whose content could not be read: no codes, status or date. */
  public static Specimen unreadable(RecordRef ref) {
    return new Specimen(ref, List.of(), null, null, List.of());
  }
}
