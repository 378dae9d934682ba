package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * The report of an investigation (a pathology report, an imaging report) with its conclusion.
 *
 * @param codes what the report is of ({@code DiagnosticReport.code})
 * @param effective when the investigation was made, or {@code null}
 * @param issued when the report was released, or {@code null}
 * @param conclusions the coded conclusion
 */
public record DiagnosticReport(
    RecordRef ref,
    List<Coding> codes,
    ReportStatus status,
    RecordDate effective,
    RecordDate issued,
    List<Coding> conclusions) {

  public DiagnosticReport {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    codes = List.copyOf(codes);
    conclusions = List.copyOf(conclusions);
  }

  /** When the report counts as made: the investigation's date, else the day it was issued. */
  public RecordDate date() {
    return effective != null ? effective : issued;
  }

  /**
   * A report known to exist whose content could not be read: no codes, status unknown, no dates.
   */
  public static DiagnosticReport unreadable(RecordRef ref) {
    return new DiagnosticReport(ref, List.of(), ReportStatus.UNKNOWN, null, null, List.of());
  }
}
