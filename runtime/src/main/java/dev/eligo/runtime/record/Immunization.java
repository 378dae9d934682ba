package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * A vaccine given to the patient (or recorded as not given).
 *
 * @param codes the vaccine's codes ({@code Immunization.vaccineCode}: CVX, ATC, SNOMED CT, ...)
 * @param status completed, not done, entered in error; unknown when the record's status is
 * @param occurred when it was given, or {@code null} when the record gives no date
 * @param statusReasons why it was not done ({@code Immunization.statusReason}); empty when none
 * @param primarySource whether the record was made by whoever gave the vaccine ({@code true}), or
 *     reported by someone else such as the patient ({@code false}); {@code null} when not said
 */
public record Immunization(
    RecordRef ref,
    List<Coding> codes,
    ImmunizationStatus status,
    RecordDate occurred,
    List<Coding> statusReasons,
    Boolean primarySource) {

  public Immunization {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    codes = List.copyOf(codes);
    statusReasons = List.copyOf(statusReasons);
  }

  /** A vaccination known to exist whose content could not be read: no codes, status or date. */
  public static Immunization unreadable(RecordRef ref) {
    return new Immunization(ref, List.of(), ImmunizationStatus.UNKNOWN, null, List.of(), null);
  }
}
