package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/**
 * Renders values and records the same way on every machine: ISO dates, plain decimals, the record's
 * reference in parentheses, e.g. {@code 0.9 nmol/L on 2026-11-01 (Observation/t1)}.
 */
final class Show {
  private static final int MAX_ITEMS_SHOWN = 8;

  private Show() {}

  static String of(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Observation) {
      return observation((Observation) value);
    }
    if (value instanceof Condition) {
      Condition c = (Condition) value;
      return codings(c.codes())
          + since(c.onset() == null ? null : c.onset().toString())
          + (c.abatement() == null ? "" : " to " + c.abatement())
          + " ("
          + c.ref()
          + ")";
    }
    if (value instanceof MedicationUse) {
      MedicationUse m = (MedicationUse) value;
      return codings(m.codes())
          + (m.routes().isEmpty() ? "" : " " + codings(m.routes()))
          + (m.period() == null ? ", no dates" : " " + m.period())
          + " ("
          + m.ref()
          + ")";
    }
    if (value instanceof Procedure) {
      Procedure p = (Procedure) value;
      return codings(p.codes())
          + (p.performed() == null ? ", no date" : " " + p.performed())
          + " ("
          + p.ref()
          + ")";
    }
    if (value instanceof Allergy) {
      Allergy a = (Allergy) value;
      return codings(a.codes())
          + (a.recorded() == null ? "" : " recorded " + a.recorded())
          + " ("
          + a.ref()
          + ")";
    }
    if (value instanceof Immunization) {
      Immunization im = (Immunization) value;
      return "vaccine "
          + codings(im.codes())
          + (im.occurred() == null ? ", no date" : " given " + im.occurred())
          + " ("
          + im.ref()
          + ")";
    }
    if (value instanceof Specimen) {
      Specimen sp = (Specimen) value;
      return "specimen "
          + codings(sp.codes())
          + (sp.collected() == null ? ", no date" : " collected " + sp.collected())
          + " ("
          + sp.ref()
          + ")";
    }
    if (value instanceof Encounter) {
      Encounter e = (Encounter) value;
      List<Coding> kinds = new java.util.ArrayList<>(e.classes());
      kinds.addAll(e.types());
      return "encounter "
          + codings(kinds)
          + (e.period() == null ? ", no dates" : " " + e.period())
          + " ("
          + e.ref()
          + ")";
    }
    if (value instanceof DiagnosticReport) {
      DiagnosticReport r = (DiagnosticReport) value;
      return "report "
          + codings(r.codes())
          + (r.date() == null ? ", no date" : " on " + r.date())
          + (r.conclusions().isEmpty() ? "" : ", conclusion " + codings(r.conclusions()))
          + " ("
          + r.ref()
          + ")";
    }
    if (value instanceof ImagingStudy) {
      ImagingStudy i = (ImagingStudy) value;
      List<Coding> kinds = new java.util.ArrayList<>(i.codes());
      kinds.addAll(i.modalities());
      return "imaging "
          + codings(kinds)
          + (i.started() == null ? ", no date" : " on " + i.started())
          + " ("
          + i.ref()
          + ")";
    }
    if (value instanceof ResearchParticipation) {
      ResearchParticipation r = (ResearchParticipation) value;
      return String.join(", ", r.studyIdentifiers())
          + " "
          + r.status()
          + (r.period() == null ? ", no dates" : " " + r.period())
          + " ("
          + r.ref()
          + ")";
    }
    return String.valueOf(value);
  }

  static String observation(Observation o) {
    String value = o.value() == null ? "no value" : o.value().toString();
    String date = o.effective() == null ? "undated" : "on " + o.effective();
    return value + " " + date + " (" + o.ref() + ")";
  }

  /** Codings as {@code C61}, or {@code 94381002 (liver metastases)} when a display is given. */
  static String codings(List<Coding> codings) {
    if (codings.isEmpty()) {
      return "no code";
    }
    StringJoiner text = new StringJoiner(", ");
    for (Coding c : codings) {
      text.add(
          c.display() == null || c.display().isBlank()
              ? c.code()
              : c.code() + " (" + c.display() + ")");
    }
    return text.toString();
  }

  /** The items of a list, at most a few, with how many more there are. */
  static String items(Items<?> items) {
    return members(items.members());
  }

  /** Members of a list, at most a few, with how many more there are. */
  static String members(List<? extends Member<?>> members) {
    if (members.isEmpty()) {
      return "none";
    }
    StringJoiner text = new StringJoiner("; ");
    int shown = 0;
    for (Member<?> m : members) {
      if (shown == MAX_ITEMS_SHOWN) {
        text.add("and " + (members.size() - shown) + " more");
        break;
      }
      String item = of(m.item());
      switch (m.kind()) {
        case DEFINITE:
          text.add(item);
          break;
        case POSSIBLE:
          text.add("possibly " + item + " [" + m.reason() + "]");
          break;
        case UNCLASSIFIED:
          text.add("unclassified " + item + " [" + m.reason() + "]");
          break;
      }
      shown++;
    }
    return text.toString();
  }

  private static String since(String onset) {
    return onset == null ? "" : " from " + onset;
  }
}
