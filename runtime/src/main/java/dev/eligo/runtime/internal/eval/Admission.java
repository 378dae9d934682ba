package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.VerificationStatus;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The data dictionary's "records that never count", per kind of record: whether a record counts,
 * counts only as a possibility (a tentative verification status, status {@code unknown}, a partial
 * date that may be after screening), or is ignored, and why.
 */
final class Admission {
  /** How a record is admitted. */
  enum Kind {
    COUNTS,
    POSSIBLE,
    IGNORED
  }

  /**
   * The decision on one record, with the reason for anything but {@link Kind#COUNTS}: a String, or
   * a Supplier that writes it when first asked for (see {@link Text}).
   *
   * @param tentative whether the record is possible only because its verification status is
   *     tentative (unconfirmed, provisional, differential), which {@code unrefuted} lifts
   */
  record Decision(Kind kind, Object why, boolean tentative) {
    static final Decision COUNTS = new Decision(Kind.COUNTS, "", false);
    private static final Decision STATUS_UNKNOWN = possible("status unknown");

    static Decision possible(String reason) {
      return new Decision(Kind.POSSIBLE, reason, false);
    }

    static Decision possible(Supplier<String> reason) {
      return new Decision(Kind.POSSIBLE, reason, false);
    }

    static Decision ignored(String reason) {
      return new Decision(Kind.IGNORED, reason, false);
    }

    static Decision ignored(Supplier<String> reason) {
      return new Decision(Kind.IGNORED, reason, false);
    }

    /** Why the record does not simply count. */
    String reason() {
      return Text.of(why);
    }

    /** This decision, unless the other is stricter; two reasons for doubt are both kept. */
    Decision then(Decision other) {
      if (kind == Kind.POSSIBLE && other.kind == Kind.POSSIBLE) {
        return possible(() -> reason() + "; " + other.reason());
      }
      return other.kind.compareTo(kind) > 0 ? other : this;
    }
  }

  // Decided once per status: every record of a patient is admitted for every concept it matches.
  private static final Map<ObservationStatus, Decision> BY_OBSERVATION_STATUS =
      byStatus(
          ObservationStatus.class,
          ObservationStatus::code,
          s -> s == ObservationStatus.UNKNOWN,
          s -> !s.counts());
  private static final Map<MedicationStatus, Decision> BY_MEDICATION_STATUS =
      byStatus(
          MedicationStatus.class,
          MedicationStatus::code,
          s -> s == MedicationStatus.UNKNOWN,
          MedicationStatus::isExcluded);
  private static final Map<ProcedureStatus, Decision> BY_PROCEDURE_STATUS =
      byStatus(
          ProcedureStatus.class,
          ProcedureStatus::code,
          s -> s == ProcedureStatus.UNKNOWN,
          ProcedureStatus::isExcluded);
  private static final Map<VerificationStatus, Decision> BY_VERIFICATION = verificationDecisions();

  private static <S extends Enum<S>> Map<S, Decision> byStatus(
      Class<S> statuses, Function<S, String> code, Predicate<S> unknown, Predicate<S> excluded) {
    Map<S, Decision> decisions = new EnumMap<>(statuses);
    for (S status : statuses.getEnumConstants()) {
      decisions.put(
          status,
          unknown.test(status)
              ? Decision.STATUS_UNKNOWN
              : excluded.test(status)
                  ? Decision.ignored("status " + code.apply(status))
                  : Decision.COUNTS);
    }
    return decisions;
  }

  private static Map<VerificationStatus, Decision> verificationDecisions() {
    Map<VerificationStatus, Decision> decisions = new EnumMap<>(VerificationStatus.class);
    for (VerificationStatus status : VerificationStatus.values()) {
      decisions.put(
          status,
          status.isExcluded()
              ? Decision.ignored("verificationStatus " + status.code())
              : status.isTentative()
                  ? new Decision(Kind.POSSIBLE, "verificationStatus " + status.code(), true)
                  : Decision.COUNTS);
    }
    return decisions;
  }

  private final LocalDate screeningDate;
  private final String protocolId;

  Admission(LocalDate screeningDate, String protocolId) {
    this.screeningDate = screeningDate;
    this.protocolId = protocolId;
  }

  Decision observation(Observation o) {
    return BY_OBSERVATION_STATUS.get(o.status()).then(date(o.effective()));
  }

  Decision condition(Condition c) {
    return verification(c.verificationStatus()).then(date(c.onset()));
  }

  Decision medication(MedicationUse m) {
    Decision byStatus = BY_MEDICATION_STATUS.get(m.status());
    if (byStatus == Decision.COUNTS
        && m.source() == MedicationSource.DISPENSE
        && (m.status() == MedicationStatus.IN_PROGRESS || m.status() == MedicationStatus.ON_HOLD)) {
      byStatus =
          Decision.ignored(
              () -> "a dispense with status " + m.status().code() + ", not handed over");
    }
    return byStatus.then(date(m.period() == null ? null : m.period().start()));
  }

  Decision procedure(Procedure p) {
    return BY_PROCEDURE_STATUS
        .get(p.status())
        .then(date(p.performed() == null ? null : p.performed().start()));
  }

  Decision allergy(Allergy a) {
    return verification(a.verificationStatus()).then(date(a.recorded()));
  }

  Decision participation(ResearchParticipation r) {
    if (r.studyIdentifiers().contains(protocolId)) {
      return Decision.ignored("this protocol's own study " + protocolId);
    }
    Decision byStatus;
    if (r.status().equals(ResearchParticipation.UNKNOWN_STATUS)) {
      byStatus = Decision.possible("status unknown");
    } else {
      byStatus = r.counts() ? Decision.COUNTS : Decision.ignored("status " + r.status());
    }
    return byStatus.then(date(r.period() == null ? null : r.period().start()));
  }

  Decision specimen(Specimen s) {
    if (s.status() != null && s.status().isExcluded()) {
      return Decision.ignored("status " + s.status().code());
    }
    return date(s.collected());
  }

  Decision immunization(Immunization i) {
    return byStatus(
            i.status() == ImmunizationStatus.UNKNOWN, i.status().isExcluded(), i.status().code())
        .then(date(i.occurred()));
  }

  Decision encounter(Encounter e) {
    return byStatus(
            e.status() == EncounterStatus.UNKNOWN, e.status().isExcluded(), e.status().code())
        .then(date(e.period() == null ? null : e.period().start()));
  }

  Decision report(DiagnosticReport r) {
    return byStatus(r.status() == ReportStatus.UNKNOWN, !r.status().counts(), r.status().code())
        .then(date(r.date()));
  }

  Decision imaging(ImagingStudy i) {
    return byStatus(i.status() == ImagingStatus.UNKNOWN, i.status().isExcluded(), i.status().code())
        .then(date(i.started()));
  }

  /**
   * The decision a status alone makes: unknown is possible, a status that never counts is ignored.
   */
  private static Decision byStatus(boolean unknown, boolean excluded, String code) {
    if (unknown) {
      return Decision.possible("status unknown");
    }
    return excluded ? Decision.ignored("status " + code) : Decision.COUNTS;
  }

  private static Decision verification(VerificationStatus status) {
    return status == null ? Decision.COUNTS : BY_VERIFICATION.get(status);
  }

  /**
   * A record dated after screening is ignored; one whose partial date may be after it is possible.
   */
  Decision date(RecordDate date) {
    if (date == null || !date.last().isAfter(screeningDate)) {
      return Decision.COUNTS;
    }
    if (date.first().isAfter(screeningDate)) {
      return Decision.ignored(
          () -> "dated " + date + ", after the screening date " + screeningDate);
    }
    return Decision.possible(
        () -> "dated " + date + ", possibly after the screening date " + screeningDate);
  }
}
