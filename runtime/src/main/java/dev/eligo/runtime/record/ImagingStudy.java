package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * A set of images made of the patient (a CT, an MRI, a PSMA PET scan).
 *
 * @param codes the study's procedure codes ({@code ImagingStudy.procedureCode})
 * @param modalities the modalities of its series (CT, MR, PT, ...)
 * @param bodySites the body sites of its series
 * @param started when the study began, or {@code null}
 */
public record ImagingStudy(
    RecordRef ref,
    List<Coding> codes,
    List<Coding> modalities,
    List<Coding> bodySites,
    ImagingStatus status,
    RecordDate started) {

  public ImagingStudy {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    codes = List.copyOf(codes);
    modalities = List.copyOf(modalities);
    bodySites = List.copyOf(bodySites);
  }

  /** A study known to exist whose content could not be read: no codes, status unknown, no date. */
  public static ImagingStudy unreadable(RecordRef ref) {
    return new ImagingStudy(ref, List.of(), List.of(), List.of(), ImagingStatus.UNKNOWN, null);
  }
}
