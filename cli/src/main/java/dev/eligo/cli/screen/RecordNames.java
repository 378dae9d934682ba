package dev.eligo.cli.screen;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one patient's records are, for a reader: {@code prednisone} for {@code
 * MedicationStatement/ms-mcrpc-27-23}, taken from the codings' display text (else the code). Kept
 * only while the patient's report is written.
 */
public final class RecordNames {
  /** A record reference written alone in a message, not already in parentheses after its name. */
  private static final Pattern BARE_REF =
      Pattern.compile("(?<![(/\\w])([A-Z][A-Za-z]+)/([A-Za-z0-9.\\-]{1,64})");

  /** Names nothing: references stay as they are. */
  public static final RecordNames NONE = new RecordNames(Map.of());

  private final Map<RecordRef, String> names;

  private RecordNames(Map<RecordRef, String> names) {
    this.names = names;
  }

  /** The names of every record of the patient that has a code. */
  public static RecordNames of(PatientRecord record) {
    Map<RecordRef, String> names = new HashMap<>();
    for (Observation o : record.observations()) {
      put(names, o.ref(), o.codes());
    }
    for (Condition c : record.conditions()) {
      put(names, c.ref(), c.codes());
    }
    for (MedicationUse m : record.medications()) {
      put(names, m.ref(), m.codes());
    }
    for (Procedure p : record.procedures()) {
      put(names, p.ref(), p.codes());
    }
    for (Allergy a : record.allergies()) {
      put(names, a.ref(), a.codes());
    }
    for (Attestation a : record.attestations()) {
      names.putIfAbsent(a.ref(), "attestation '" + a.linkId() + "'");
    }
    for (ResearchParticipation p : record.participations()) {
      if (!p.studyIdentifiers().isEmpty()) {
        names.putIfAbsent(p.ref(), "study " + p.studyIdentifiers().get(0));
      }
    }
    return new RecordNames(names);
  }

  /**
   * The text with each record reference written alone preceded by the record's name: {@code reason
   * for MedicationStatement/ms-1} becomes {@code reason for prednisone (MedicationStatement/ms-1)}.
   * References already in parentheses follow their description and stay as they are.
   */
  public String inText(String text) {
    if (names.isEmpty() || text.indexOf('/') < 0) {
      return text;
    }
    Matcher m = BARE_REF.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 32);
    while (m.find()) {
      String name = names.get(RecordRef.of(m.group(1), m.group(2)));
      m.appendReplacement(
          out, Matcher.quoteReplacement(name == null ? m.group() : name + " (" + m.group() + ")"));
    }
    return m.appendTail(out).toString();
  }

  private static void put(Map<RecordRef, String> names, RecordRef ref, List<Coding> codes) {
    String name = null;
    for (Coding coding : codes) {
      if (coding.display() != null && !coding.display().isBlank()) {
        name = coding.display().strip();
        break;
      }
    }
    if (name == null && !codes.isEmpty()) {
      name = codes.get(0).code();
    }
    if (name != null) {
      names.putIfAbsent(ref, name);
    }
  }
}
