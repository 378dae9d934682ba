package dev.eligo.fhir;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * What the mappers of one Bundle share: the record being built, the patient it is about, the
 * Bundle's resources by reference, and the place to write down fields that cannot be read.
 */
final class MappingContext {
  private final PatientRecord.Builder record;
  private final Patient patient;
  private final String patientId;
  private final Map<String, Resource> byReference;
  // Keyed by identity: a resource's label is where it sits in this Bundle, not what it contains.
  private final Map<Resource, String> labels;
  private final Duplicates duplicates;
  private RecordDate birth;

  /**
   * @param isStandIn whether a resource only stands in for one that is not read (its id is known,
   *     its content is not): a reference target, never mapped, and not compared with namesakes that
   *     are stand-ins too
   */
  MappingContext(
      Bundle bundle,
      Patient patient,
      String patientId,
      Predicate<Resource> isStandIn,
      Function<Resource, String> placeInFile) {
    this.patient = patient;
    this.patientId = patientId;
    this.record = PatientRecord.builder(patientId);
    // Sized for a full URL and a type and id per entry: grown step by step they were a twentieth
    // of mapping a sample patient.
    int entries = bundle.getEntry().size();
    this.byReference = new HashMap<>(entries * 3);
    this.labels = new IdentityHashMap<>(entries);
    this.duplicates = new Duplicates(entries * 2);
    int index = 0;
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      Resource resource = entry.getResource();
      if (resource == null) {
        index++;
        continue;
      }
      boolean hasFullUrl = FhirValues.written(entry.getFullUrl()) || entry.hasFullUrl();
      if (hasFullUrl) {
        byReference.putIfAbsent(entry.getFullUrl(), resource);
        duplicates.add(entry.getFullUrl(), resource);
      }
      if (resource.getIdElement().hasIdPart()) {
        String key = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        byReference.putIfAbsent(key, resource);
        duplicates.add(key, resource);
      }
      String place = placeInFile.apply(resource);
      labels.put(
          resource,
          hasFullUrl ? entry.getFullUrl() : place != null ? place : "entry[" + index + "]");
      index++;
    }
    duplicates.report(this, isStandIn);
  }

  /** Whether a resource repeats one read before with the same content, and so is not read again. */
  boolean isRepeat(Resource resource) {
    return duplicates.isRepeat(resource);
  }

  /** The resources a reference may name: one, or several different ones with the same id. */
  List<Resource> candidates(Resource from, Reference reference) {
    Optional<Resource> first = resolve(from, reference);
    if (first.isEmpty()) {
      return List.of();
    }
    List<Resource> all = duplicates.differing(first.get());
    return all.isEmpty() ? List.of(first.get()) : all;
  }

  /** The patient's birth date as written, for telling impossible dates; null while unknown. */
  void birth(RecordDate date) {
    this.birth = date;
  }

  PatientRecord.Builder record() {
    return record;
  }

  /**
   * The reference by which results name this resource: its type and id (else its place in the
   * Bundle).
   */
  RecordRef ref(Resource resource) {
    String id =
        resource.getIdElement().hasIdPart()
            ? resource.getIdElement().getIdPart()
            : labels.getOrDefault(resource, "(no id)");
    return RecordRef.of(resource.fhirType(), id);
  }

  void problem(Resource resource, String message) {
    record.add(new RecordProblem(ref(resource), message));
  }

  /** A problem said for the reader only: the record is read as it is. */
  void note(Resource resource, String message) {
    record.add(RecordProblem.noted(ref(resource), message));
  }

  /**
   * The codings of a record's code. When none has a system, which codes they are cannot be told:
   * the codes are read as unknown (empty), with a problem. When only some have none, those are left
   * out, with a problem, and the others are read.
   */
  List<Coding> codes(Resource resource, String field, CodeableConcept concept) {
    List<Coding> codings = FhirValues.codings(concept);
    int withoutSystem = 0;
    for (int i = 0; i < codings.size(); i++) {
      if (codings.get(i).system().isEmpty()) {
        withoutSystem++;
      }
    }
    if (withoutSystem == 0) {
      return codings; // nearly always
    }
    if (withoutSystem == codings.size()) {
      problem(
          resource,
          field
              + " has "
              + (codings.size() == 1 ? "the code '" + codings.get(0).code() + "'" : "codes")
              + " without a system, so which code it is cannot be told; the codes are unknown");
      return List.of();
    }
    List<Coding> withSystem =
        codings.stream().filter(c -> !c.system().isEmpty()).collect(Collectors.toList());
    for (Coding coding : codings) {
      if (coding.system().isEmpty()) {
        problem(
            resource,
            field
                + " has the code '"
                + coding.code()
                + "' without a system, so which code it is"
                + " cannot be told; it was left out and the other codes were read");
      }
    }
    return withSystem;
  }

  /**
   * The codes of several concepts (body sites, stages, conclusions), each read as {@link #codes}
   * reads one.
   */
  List<Coding> codes(Resource resource, String field, List<CodeableConcept> concepts) {
    if (concepts.isEmpty()) {
      return List.of();
    }
    if (concepts.size() == 1) {
      return codes(resource, field, concepts.get(0));
    }
    Set<Coding> all = new LinkedHashSet<>();
    concepts.forEach(concept -> all.addAll(codes(resource, field, concept)));
    return new ArrayList<>(all);
  }

  /**
   * The codes of single codings (an encounter's class, a series' modality), read as {@link #codes}
   * reads a concept.
   */
  List<Coding> codesOf(
      Resource resource, String field, List<org.hl7.fhir.r4.model.Coding> codings) {
    CodeableConcept all = new CodeableConcept();
    codings.forEach(all::addCoding);
    return codes(resource, field, all);
  }

  /**
   * Finds the target of a reference among {@code from}'s contained resources or the Bundle's
   * entries.
   */
  Optional<Resource> resolve(Resource from, Reference reference) {
    if (reference == null || !hasReference(reference)) {
      return Optional.empty();
    }
    String text = reference.getReference();
    if (text.startsWith("#")) {
      return contained(from, text.substring(1));
    }
    Resource direct = byReference.get(text);
    if (direct != null) {
      return Optional.of(direct);
    }
    IdType id = new IdType(text);
    if (id.hasResourceType() && id.hasIdPart()) {
      return Optional.ofNullable(byReference.get(id.getResourceType() + "/" + id.getIdPart()));
    }
    return Optional.empty();
  }

  /**
   * The record reference a FHIR reference names: the resolved resource's, else the type and id
   * written in the reference; {@code null} (and a problem) when it names neither.
   */
  RecordRef refTo(Resource from, Reference reference, String field) {
    Optional<Resource> target = resolve(from, reference);
    if (target.isPresent()) {
      return ref(target.get());
    }
    IdType id = new IdType(reference.getReference());
    if (id.hasResourceType() && id.hasIdPart()) {
      return RecordRef.of(id.getResourceType(), id.getIdPart());
    }
    problem(
        from,
        field
            + " '"
            + reference.getReference()
            + "' names no resource type and id; it was ignored");
    return null;
  }

  /**
   * Whether a resource's subject (or patient) reference is this Bundle's patient. An absent
   * reference, or one by identifier only, is taken as the patient: the Bundle is the patient's.
   * When it names someone else the resource is skipped, with a problem saying so.
   */
  boolean isAboutPatient(Resource resource, Reference subject, String field) {
    if (subject == null || !hasReference(subject)) {
      return true;
    }
    Optional<Resource> target = resolve(resource, subject);
    if (target.isPresent() && target.get() == patient) {
      return true;
    }
    IdType id = new IdType(subject.getReference());
    if (target.isEmpty()
        && "Patient".equals(id.getResourceType())
        && patientId.equals(id.getIdPart())) {
      return true;
    }
    problem(
        resource,
        field
            + " '"
            + subject.getReference()
            + "' is not this Bundle's patient; the resource was skipped");
    return false;
  }

  /**
   * The date a FHIR date or dateTime element states, on its written calendar date. Null when the
   * element is absent, or when HAPI already rejected it while parsing (the parser's note says why).
   */
  RecordDate date(Resource resource, String field, BaseDateTimeType element) {
    if (element == null || element.getValueAsString() == null || element.getValue() == null) {
      return null;
    }
    RecordDate date;
    try {
      date = RecordDate.parse(element.getValueAsString());
    } catch (IllegalArgumentException e) {
      problem(resource, field + ": " + e.getMessage());
      return null;
    }
    String placeholder = PlaceholderDates.why(date);
    if (placeholder != null) {
      problem(
          resource,
          field + " " + element.getValueAsString() + ": " + placeholder + "; the date is unknown");
      return null;
    }
    if (birth != null && resource != patient && date.last().isBefore(birth.first())) {
      problem(
          resource,
          field
              + " "
              + element.getValueAsString()
              + " is before the patient's birth date "
              + birth
              + ", which cannot be; the date is unknown");
      return null;
    }
    return date;
  }

  /** A period's start and end as written; null (and a problem) when it has an end but no start. */
  RecordPeriod period(Resource resource, String field, Period period, boolean openEndIsOngoing) {
    if (period == null || period.isEmpty()) {
      return null;
    }
    RecordDate start = date(resource, field + ".start", period.getStartElement());
    RecordDate end = date(resource, field + ".end", period.getEndElement());
    if (start == null) {
      if (end != null) {
        problem(resource, field + " has an end but no start; the period was ignored");
      }
      return null;
    }
    if (end != null && end.last().isBefore(start.first())) {
      problem(
          resource,
          field + " ends (" + end + ") before it starts (" + start + "); the period was ignored");
      return null;
    }
    if (end == null && !openEndIsOngoing) {
      return RecordPeriod.on(start);
    }
    return new RecordPeriod(start, end);
  }

  /**
   * When a thing happened, from a {@code <prefix>[x]} choice: one day for a dateTime, the period as
   * written for a Period (see {@link #period}); null when absent, and null with a problem for a
   * type that gives no date (a string, an age, a range).
   */
  RecordPeriod occurrence(Resource resource, String prefix, Type value, boolean openEndIsOngoing) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value instanceof DateTimeType) {
      RecordDate day = date(resource, prefix + "DateTime", (DateTimeType) value);
      return day == null ? null : RecordPeriod.on(day);
    }
    if (value instanceof Period) {
      return period(resource, prefix + "Period", (Period) value, openEndIsOngoing);
    }
    problem(
        resource,
        prefix + "[x] of type " + value.fhirType() + " gives no date; the date is unknown");
    return null;
  }

  /**
   * The day a {@code <prefix>[x]} choice names: a dateTime or instant as written, or a Period's
   * start; null when absent, and null with a problem for a type that gives no date or a Period with
   * only an end.
   */
  RecordDate startOf(Resource resource, String prefix, Type value) {
    if (value instanceof DateTimeType) {
      return date(resource, prefix + "DateTime", (DateTimeType) value);
    }
    if (value instanceof Period) {
      Period period = (Period) value;
      if (!period.hasStart() && period.hasEnd()) {
        // Which day within the period cannot be told, and the end alone is not the start.
        problem(resource, prefix + "Period has an end but no start; the date is unknown");
        return null;
      }
      return date(resource, prefix + "Period.start", period.getStartElement());
    }
    if (value instanceof InstantType) {
      return date(resource, prefix + "Instant", (InstantType) value);
    }
    if (value != null && !value.isEmpty()) {
      problem(
          resource,
          prefix + "[x] of type " + value.fhirType() + " gives no date; the date is unknown");
    }
    return null;
  }

  /**
   * {@code reference.hasReference()}, told first from the text written: HAPI's emptiness checks
   * test each element against interfaces it does not have, a search every time.
   */
  private static boolean hasReference(Reference reference) {
    return FhirValues.written(reference.getReference()) || reference.hasReference();
  }

  private static Optional<Resource> contained(Resource from, String id) {
    if (!(from instanceof DomainResource)) {
      return Optional.empty();
    }
    for (Resource candidate : ((DomainResource) from).getContained()) {
      String candidateId = candidate.getIdElement().getIdPart();
      if (candidateId != null && (candidateId.equals(id) || candidateId.equals("#" + id))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
