package dev.eligo.fhir;

import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;

/**
 * One patient of a bulk export put together from its lines: the Patient, then its resources in
 * export order, then the shared resources (Medications, ResearchStudies) they refer to. However the
 * lines were found (by offset in files, or grouped by an engine), the patient maps the same.
 */
final class ExportPatient {
  private final ParsedBundle bundle = new ParsedBundle();
  private final String patientId;
  private final ReadScope scope;
  private final boolean direct;
  private final DirectResources.Dates dates = new DirectResources.Dates();
  private int linesReadDirectly;

  ExportPatient(String patientId, byte[] patientLine, ReadScope scope) {
    this(patientId, patientLine, scope, true);
  }

  /**
   * As {@link #ExportPatient(String, byte[], ReadScope)}; {@code direct} false reads every line the
   * slow way, for tests that hold the two ways to the same result.
   */
  ExportPatient(String patientId, byte[] patientLine, ReadScope scope, boolean direct) {
    this.patientId = patientId;
    this.scope = scope;
    this.direct = direct;
    String fullUrl = "Patient/" + patientId;
    if (addDirectly(patientLine, fullUrl)) {
      return;
    }
    bundle.add(
        fullUrl,
        FhirJson.parseResource(patientLine, scope),
        "Patient",
        reason -> new RecordProblem(RecordRef.of("Patient", patientId), reason));
  }

  /**
   * Adds a line read straight into HAPI's model ({@link DirectResources}), as the Bundle reader
   * reads a resource, under the given full URL (null: its type and id); false when it is to be read
   * the slow way, which says what is wrong with it.
   */
  private boolean addDirectly(byte[] line, String fullUrl) {
    Resource resource = direct ? DirectResources.readWhole(line, scope, dates) : null;
    if (resource == null) {
      return false;
    }
    bundle.addRead(
        fullUrl != null ? fullUrl : resource.fhirType() + "/" + resource.getIdElement().getIdPart(),
        resource);
    linesReadDirectly++;
    return true;
  }

  /** How many of the lines were read straight into HAPI's model. */
  int linesReadDirectly() {
    return linesReadDirectly;
  }

  /**
   * Adds a resource line. A line that is not valid JSON, or a resource that cannot be parsed, is
   * lost: it stands in as an unreadable record of its type (as far as the line shows it) with a
   * problem naming where it was, so the runtime treats it as unknown rather than absent.
   */
  void add(ExportResource line) {
    if (addDirectly(line.json(), null)) {
      return;
    }
    String file =
        line.where().contains(" at byte ")
            ? line.where().substring(0, line.where().indexOf(" at byte "))
            : "";
    com.fasterxml.jackson.databind.JsonNode tree;
    try {
      tree = FhirJson.readTree(line.json());
    } catch (FhirJson.NotJsonException e) {
      lost(DamagedLine.of(line.json(), file), line.where(), e.getMessage());
      return;
    }
    FhirJson.ParsedResource parsed = FhirJson.parseResource(tree, scope);
    String fullUrl =
        parsed.resource() == null
            ? null
            : parsed.resource().fhirType() + "/" + parsed.resource().getIdElement().getIdPart();
    DamagedLine seen = DamagedLine.of(line.json(), file);
    bundle.add(
        fullUrl,
        parsed,
        seen.type(),
        reason ->
            new RecordProblem(
                ref(seen, line.where()), line.where() + " could not be read: " + reason));
  }

  /**
   * Adds what is known of a line that was not read (it is too long): its start shows what it was.
   */
  void addUnread(ExportResource start, String why) {
    String file =
        start.where().contains(" at byte ")
            ? start.where().substring(0, start.where().indexOf(" at byte "))
            : "";
    lost(DamagedLine.of(start.json(), file), start.where(), why);
  }

  private void lost(DamagedLine seen, String where, String why) {
    bundle.addLost(
        seen.type(),
        new RecordProblem(
            ref(seen, where),
            where
                + " could not be read: "
                + why
                + "; it names Patient/"
                + patientId
                + ", so what it says is unknown"));
  }

  private static RecordRef ref(DamagedLine seen, String where) {
    return seen.type().isEmpty() || seen.id().isEmpty()
        ? RecordRef.of("NDJSON", where)
        : RecordRef.of(seen.type(), seen.id());
  }

  /**
   * What to say of a patient given in several Patient lines (the first is the one read): that it
   * was read once when they all say the same, else why it cannot be screened; null when the first
   * line is not JSON (it gets its own error row).
   */
  static String repeats(String id, List<byte[]> lines) {
    com.fasterxml.jackson.databind.JsonNode first;
    try {
      first = readElements(lines.get(0));
    } catch (FhirJson.NotJsonException e) {
      return null;
    }
    for (byte[] other : lines) {
      try {
        // Compared as read: lines that differ only where no mapper reads say the same.
        if (!readElements(other).equals(first)) {
          return "Patient/"
              + id
              + " appears in "
              + lines.size()
              + " Patient lines that differ; which is right"
              + " cannot be told, so the patient was not screened";
        }
      } catch (FhirJson.NotJsonException e) {
        // that line gets its own error row
      }
    }
    return "Patient/"
        + id
        + " appears in "
        + lines.size()
        + " Patient lines with the same content; it was read once";
  }

  private static com.fasterxml.jackson.databind.JsonNode readElements(byte[] line)
      throws FhirJson.NotJsonException {
    com.fasterxml.jackson.databind.JsonNode tree = FhirJson.readTree(line);
    ReadElements.drop(tree);
    return tree;
  }

  /** Whether {@link #repeats} said the patient can still be read (its lines agree). */
  static boolean readOnce(String repeats) {
    return repeats == null || repeats.endsWith("read once");
  }

  /** Adds a problem said for the reader, about the patient. */
  void note(String message) {
    bundle.addUnreadable(RecordProblem.noted(RecordRef.of("Patient", patientId), message));
  }

  /**
   * Every reference the patient's line and resource lines make, in order, once each: the shared
   * resources to add.
   */
  static Set<String> referencesOf(byte[] patientLine, List<ExportResource> resources) {
    Set<String> targets = new LinkedHashSet<>();
    ReferenceScan.addAll(patientLine, targets);
    for (ExportResource resource : resources) {
      ReferenceScan.addAll(resource.json(), targets);
    }
    return targets;
  }

  /** Maps the patient; {@code source} names it in the result. */
  PatientReadResult map(String source) {
    return BundleResults.fromParsed(source, bundle);
  }
}
