package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.VerificationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A patient's records as the data dictionary says to read them on a screening date: records that
 * never count left out, records after screening left out, tentative ones kept as maybe, records of
 * a kind coded only in other systems kept as unclassified.
 */
final class PatientData {
  private enum Standing {
    COUNTS,
    MAYBE,
    NEVER
  }

  final PatientRecord patient;
  final LocalDate screening;
  private final Set<RecordRef> unreadable = new HashSet<>();

  PatientData(PatientRecord patient, LocalDate screening) {
    this.patient = patient;
    this.screening = screening;
    for (RecordProblem problem : patient.problems()) {
      if (problem.makesRecordUnusable()) {
        unreadable.add(problem.ref());
      }
    }
  }

  /**
   * The counting observations of a concept; a corrected or amended result replaces the final one.
   */
  List<Found<Observation>> observations(CodeSet codes) {
    List<Found<Observation>> found = new ArrayList<>();
    for (Observation o : patient.observations()) {
      boolean noCodes = o.codes().isEmpty() && unreadable.contains(o.ref());
      if (!noCodes && !codes.containsAny(o.codes())) {
        continue;
      }
      Standing status =
          o.status() == ObservationStatus.UNKNOWN
              ? Standing.MAYBE
              : o.status().counts() ? Standing.COUNTS : Standing.NEVER;
      add(found, o, o.ref(), stricter(status, byDate(o.effective())));
    }
    List<Found<Observation>> kept = new ArrayList<>();
    for (Found<Observation> f : found) {
      if (!isReplaced(f.item(), found)) {
        kept.add(f);
      }
    }
    return kept;
  }

  private static boolean isReplaced(Observation o, List<Found<Observation>> all) {
    if (o.status() != ObservationStatus.FINAL || o.effective() == null) {
      return false;
    }
    for (Found<Observation> other : all) {
      RecordDate d = other.item().effective();
      if (other.item().status().isRevision()
          && d != null
          && d.first().equals(o.effective().first())
          && d.last().equals(o.effective().last())
          && (d.time() == null
              || o.effective().time() == null
              || d.time().equals(o.effective().time()))) {
        return true;
      }
    }
    return false;
  }

  List<Found<Condition>> conditions(CodeSet codes) {
    List<Found<Condition>> found = new ArrayList<>();
    for (Condition c : patient.conditions()) {
      Standing standing = stricter(verification(c.verificationStatus()), byDate(c.onset()));
      classify(found, c, c.codes(), c.ref(), codes, standing);
    }
    return found;
  }

  List<Found<MedicationUse>> medications(CodeSet codes) {
    List<Found<MedicationUse>> found = new ArrayList<>();
    for (MedicationUse m : patient.medications()) {
      Standing status =
          m.status() == MedicationStatus.UNKNOWN
              ? Standing.MAYBE
              : m.status().isExcluded() ? Standing.NEVER : Standing.COUNTS;
      Standing standing = stricter(status, byDate(m.period() == null ? null : m.period().start()));
      classify(found, m, m.codes(), m.ref(), codes, standing);
    }
    return found;
  }

  List<Found<Procedure>> procedures(CodeSet codes) {
    List<Found<Procedure>> found = new ArrayList<>();
    for (Procedure p : patient.procedures()) {
      Standing status =
          p.status() == ProcedureStatus.UNKNOWN
              ? Standing.MAYBE
              : p.status().isExcluded() ? Standing.NEVER : Standing.COUNTS;
      Standing standing =
          stricter(status, byDate(p.performed() == null ? null : p.performed().start()));
      classify(found, p, p.codes(), p.ref(), codes, standing);
    }
    return found;
  }

  List<Found<Allergy>> allergies(CodeSet codes) {
    List<Found<Allergy>> found = new ArrayList<>();
    for (Allergy a : patient.allergies()) {
      Standing standing = stricter(verification(a.verificationStatus()), byDate(a.recorded()));
      classify(found, a, a.codes(), a.ref(), codes, standing);
    }
    return found;
  }

  /** Participations in studies other than {@code protocolId}. */
  List<Found<ResearchParticipation>> otherStudies(String protocolId) {
    List<Found<ResearchParticipation>> found = new ArrayList<>();
    for (ResearchParticipation r : patient.participations()) {
      if (r.studyIdentifiers().contains(protocolId)) {
        continue;
      }
      Standing status =
          r.status().equals(ResearchParticipation.UNKNOWN_STATUS)
              ? Standing.MAYBE
              : r.counts() ? Standing.COUNTS : Standing.NEVER;
      add(
          found,
          r,
          r.ref(),
          stricter(status, byDate(r.period() == null ? null : r.period().start())));
    }
    return found;
  }

  /** A condition of the record by reference, unless it never counts. */
  Condition condition(RecordRef ref) {
    for (Condition c : patient.conditions()) {
      if (c.ref().equals(ref)
          && stricter(verification(c.verificationStatus()), byDate(c.onset())) != Standing.NEVER) {
        return c;
      }
    }
    return null;
  }

  boolean isUnreadable(RecordRef ref) {
    return unreadable.contains(ref);
  }

  private <T> void classify(
      List<Found<T>> found,
      T record,
      List<Coding> codings,
      RecordRef ref,
      CodeSet codes,
      Standing standing) {
    if (codes.containsAny(codings) || codings.isEmpty() && unreadable.contains(ref)) {
      add(found, record, ref, standing);
    } else if (!codes.canClassify(codings) && standing != Standing.NEVER) {
      found.add(new Found<>(record, Found.Kind.UNCLASSIFIED));
    }
  }

  private <T> void add(List<Found<T>> found, T record, RecordRef ref, Standing standing) {
    if (standing == Standing.NEVER) {
      return;
    }
    boolean sure = standing == Standing.COUNTS && !unreadable.contains(ref);
    found.add(new Found<>(record, sure ? Found.Kind.SURE : Found.Kind.MAYBE));
  }

  private Standing byDate(RecordDate date) {
    if (date == null || !date.last().isAfter(screening)) {
      return Standing.COUNTS;
    }
    return date.first().isAfter(screening) ? Standing.NEVER : Standing.MAYBE;
  }

  private static Standing verification(VerificationStatus status) {
    if (status == null) {
      return Standing.COUNTS;
    }
    return status.isExcluded()
        ? Standing.NEVER
        : status.isTentative() ? Standing.MAYBE : Standing.COUNTS;
  }

  private static Standing stricter(Standing a, Standing b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
