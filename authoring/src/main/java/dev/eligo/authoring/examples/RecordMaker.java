package dev.eligo.authoring.examples;

import dev.eligo.authoring.ProtocolCodes;
import dev.eligo.authoring.examples.ExamplesFile.Amount;
import dev.eligo.authoring.examples.ExamplesFile.Answer;
import dev.eligo.authoring.examples.ExamplesFile.Between;
import dev.eligo.authoring.examples.ExamplesFile.Clause;
import dev.eligo.authoring.examples.ExamplesFile.Coded;
import dev.eligo.authoring.examples.ExamplesFile.CodedValue;
import dev.eligo.authoring.examples.ExamplesFile.Codes;
import dev.eligo.authoring.examples.ExamplesFile.Fact;
import dev.eligo.authoring.examples.ExamplesFile.On;
import dev.eligo.authoring.examples.ExamplesFile.Range;
import dev.eligo.authoring.examples.ExamplesFile.Resolved;
import dev.eligo.authoring.examples.ExamplesFile.Since;
import dev.eligo.authoring.examples.ExamplesFile.Status;
import dev.eligo.authoring.examples.ExamplesFile.Text;
import dev.eligo.authoring.examples.ExamplesFile.Undated;
import dev.eligo.compiler.ast.CodeSet;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.SpecimenStatus;
import dev.eligo.runtime.record.VerificationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns one fact of an example into the record the FHIR reader would have made of it, in the
 * concept's own codes unless the fact names others. Reports facts that do not fit their data
 * declaration (a coded value for a quantity, a route on an observation) and makes nothing of them.
 */
final class RecordMaker {
  /** Which clauses each kind of record takes. */
  private static final Set<String> OBSERVATION =
      Set.of("on", "undated", "code", "status", "range", "id");

  private static final Set<String> CONDITION =
      Set.of("on", "since", "undated", "code", "verification", "clinical", "resolved", "id");
  private static final Set<String> MEDICATION =
      Set.of("on", "from", "since", "code", "status", "route", "reason", "id");
  private static final Set<String> PROCEDURE =
      Set.of("on", "from", "undated", "code", "status", "id");
  private static final Set<String> ALLERGY =
      Set.of("on", "undated", "code", "verification", "clinical", "id");
  private static final Set<String> SPECIMEN = Set.of("on", "undated", "code", "status", "id");
  private static final Set<String> ENCOUNTER =
      Set.of("on", "from", "since", "code", "status", "id");
  private static final Set<String> REPORT =
      Set.of("on", "undated", "code", "status", "conclusion", "id");
  private static final Set<String> IMAGING = Set.of("on", "undated", "code", "status", "id");
  private static final Set<String> IMMUNIZATION = Set.of("on", "undated", "code", "status", "id");

  /** Encounter.class is bound to HL7 v3 ActCode; other codes of an encounter are its type. */
  private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

  /** An imaging study's modality is a DICOM code; other codes are its procedure code. */
  private static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";

  private static final Set<String> PARTICIPATION =
      Set.of("on", "from", "since", "undated", "status", "study", "id");
  private static final Set<String> ATTESTATION = Set.of("on", "status", "id");

  /** Where a made record goes: added to the patient under an id. */
  @FunctionalInterface
  interface Made {
    void addTo(PatientRecord.Builder patient, String defaultId, LocalDate screening);
  }

  private final ProtocolCodes codes;
  private final DiagnosticSink sink;

  RecordMaker(ProtocolCodes codes, DiagnosticSink sink) {
    this.codes = codes;
    this.sink = sink;
  }

  /**
   * The record of a fact about a data declaration, or {@code null} after reporting why it cannot be
   * made.
   */
  Made make(Fact fact, DataDeclaration declaration) {
    int before = sink.diagnostics().size();
    Made made;
    if (declaration instanceof DataDeclaration.ObservationDeclaration observation) {
      made = observation(fact, observation);
    } else if (declaration instanceof DataDeclaration.RecordDeclaration record) {
      made = record(fact, record);
    } else if (declaration instanceof DataDeclaration.AttestationDeclaration attestation) {
      made = attestation(fact, attestation);
    } else {
      made = participation(fact);
    }
    return sink.diagnostics().size() > before ? null : made;
  }

  private Made observation(Fact fact, DataDeclaration.ObservationDeclaration concept) {
    clausesOnly(fact, OBSERVATION, "an observation");
    List<Coding> recordCodes = recordCodes(fact, concept.codes(), concept.name().text());
    ObservationStatus status =
        status(
            fact,
            "status",
            ObservationStatus.values(),
            ObservationStatus::code,
            ObservationStatus.FINAL);
    ObservationValue value = observationValue(fact, concept);
    List<ReferenceRange> ranges = new ArrayList<>();
    for (Clause clause : fact.clauses()) {
      if (clause instanceof Range range) {
        String unit = range.unit() == null ? null : range.unit().value();
        ranges.add(
            new ReferenceRange(
                range.low(),
                range.low() == null ? null : unit,
                range.high(),
                range.high() == null ? null : unit,
                range.type() == null ? null : range.type().text()));
      }
    }
    DateExpr on = date(fact, true);
    String id = id(fact);
    return (patient, defaultId, screening) ->
        patient.add(
            new Observation(
                RecordRef.of("Observation", or(id, defaultId)),
                recordCodes,
                status,
                on == null ? null : on.resolve(screening),
                null,
                value,
                ranges));
  }

  private ObservationValue observationValue(
      Fact fact, DataDeclaration.ObservationDeclaration concept) {
    if (fact.value() == null) {
      return misfit(
          fact.span(),
          concept.name().text()
              + " needs its value, e.g. "
              + concept.name().text()
              + (concept.valueKind() == DataDeclaration.ValueKind.CODED ? " positive" : " 2.3"));
    }
    switch (concept.valueKind()) {
      case QUANTITY:
        if (fact.value() instanceof Amount amount) {
          String unit = amount.unit() == null ? concept.unit().text() : amount.unit().value();
          return new ObservationValue.QuantityValue(amount.number(), unit, amount.comparator());
        }
        return misfit(
            fact.value().span(),
            concept.name().text()
                + " is a quantity in '"
                + concept.unit().text()
                + "': write a number and, when not in that unit, the unit, e.g. 2.3 '"
                + concept.unit().text()
                + "'");
      case INTEGER:
        if (fact.value() instanceof Amount amount
            && amount.unit() == null
            && amount.comparator() == null
            && amount.number().stripTrailingZeros().scale() <= 0) {
          return new ObservationValue.IntegerValue(amount.number().longValueExact());
        }
        return misfit(
            fact.value().span(),
            concept.name().text() + " is a whole number: write it without a unit or comparator");
      case CODED:
        if (fact.value() instanceof CodedValue coded) {
          return new ObservationValue.CodedValue(codingsOf(coded.codes()), null);
        }
        return misfit(
            fact.value().span(),
            concept.name().text()
                + " is a coded result: write a value set name or codes such as LOCAL {PD}");
    }
    throw new AssertionError(concept.valueKind());
  }

  private Made record(Fact fact, DataDeclaration.RecordDeclaration concept) {
    noValue(fact, concept.name().text());
    List<Coding> recordCodes = recordCodes(fact, concept.codes(), concept.name().text());
    String id = id(fact);
    switch (concept.kind()) {
      case CONDITION:
        {
          clausesOnly(fact, CONDITION, "a condition");
          ClinicalStatus clinical = clinical(fact);
          VerificationStatus verification =
              status(
                  fact,
                  "verification",
                  VerificationStatus.values(),
                  VerificationStatus::code,
                  VerificationStatus.CONFIRMED);
          DateExpr onset = date(fact, false);
          Resolved resolved = clause(fact, Resolved.class);
          DateExpr abated = resolved == null ? null : resolved.date();
          return (patient, defaultId, screening) ->
              patient.add(
                  new Condition(
                      RecordRef.of("Condition", or(id, defaultId)),
                      recordCodes,
                      resolved != null ? ClinicalStatus.RESOLVED : clinical,
                      verification,
                      onset == null ? null : onset.resolve(screening),
                      abated == null ? null : abated.resolve(screening)));
        }
      case MEDICATION:
        {
          clausesOnly(fact, MEDICATION, "a medication use");
          PeriodOf period = period(fact, true);
          MedicationStatus status =
              status(
                  fact,
                  "status",
                  MedicationStatus.values(),
                  MedicationStatus::code,
                  period != null && period.ongoing
                      ? MedicationStatus.ACTIVE
                      : MedicationStatus.COMPLETED);
          List<Coding> routes = coded(fact, "route");
          List<Coding> reasons = coded(fact, "reason");
          return (patient, defaultId, screening) ->
              patient.add(
                  new MedicationUse(
                      RecordRef.of("MedicationStatement", or(id, defaultId)),
                      recordCodes,
                      status,
                      period.resolve(screening),
                      routes,
                      reasons,
                      List.of()));
        }
      case PROCEDURE:
        {
          clausesOnly(fact, PROCEDURE, "a procedure");
          PeriodOf period = period(fact, false);
          ProcedureStatus status =
              status(
                  fact,
                  "status",
                  ProcedureStatus.values(),
                  ProcedureStatus::code,
                  ProcedureStatus.COMPLETED);
          return (patient, defaultId, screening) ->
              patient.add(
                  new Procedure(
                      RecordRef.of("Procedure", or(id, defaultId)),
                      recordCodes,
                      status,
                      period == null ? null : period.resolve(screening)));
        }
      case ALLERGY:
        {
          clausesOnly(fact, ALLERGY, "an allergy");
          ClinicalStatus clinical = clinical(fact);
          VerificationStatus verification =
              status(
                  fact,
                  "verification",
                  VerificationStatus.values(),
                  VerificationStatus::code,
                  VerificationStatus.CONFIRMED);
          DateExpr recorded = date(fact, false);
          return (patient, defaultId, screening) ->
              patient.add(
                  new Allergy(
                      RecordRef.of("AllergyIntolerance", or(id, defaultId)),
                      recordCodes,
                      clinical,
                      verification,
                      "allergy",
                      recorded == null ? null : recorded.resolve(screening)));
        }
      case SPECIMEN:
        {
          clausesOnly(fact, SPECIMEN, "a specimen");
          SpecimenStatus status =
              status(
                  fact,
                  "status",
                  SpecimenStatus.values(),
                  SpecimenStatus::code,
                  SpecimenStatus.AVAILABLE);
          DateExpr collected = date(fact, true);
          return (patient, defaultId, screening) ->
              patient.add(
                  new Specimen(
                      RecordRef.of("Specimen", or(id, defaultId)),
                      recordCodes,
                      status,
                      collected == null ? null : collected.resolve(screening),
                      List.of()));
        }
      case ENCOUNTER:
        {
          clausesOnly(fact, ENCOUNTER, "an encounter");
          PeriodOf period = period(fact, true);
          EncounterStatus status =
              status(
                  fact,
                  "status",
                  EncounterStatus.values(),
                  EncounterStatus::code,
                  period != null && period.ongoing
                      ? EncounterStatus.IN_PROGRESS
                      : EncounterStatus.FINISHED);
          List<Coding> classes =
              recordCodes.stream().filter(c -> ACT_CODE.equals(c.system())).toList();
          List<Coding> types =
              recordCodes.stream().filter(c -> !ACT_CODE.equals(c.system())).toList();
          return (patient, defaultId, screening) ->
              patient.add(
                  new Encounter(
                      RecordRef.of("Encounter", or(id, defaultId)),
                      classes,
                      types,
                      status,
                      period.resolve(screening)));
        }
      case REPORT:
        {
          clausesOnly(fact, REPORT, "a diagnostic report");
          ReportStatus status =
              status(fact, "status", ReportStatus.values(), ReportStatus::code, ReportStatus.FINAL);
          DateExpr effective = date(fact, true);
          List<Coding> conclusions = coded(fact, "conclusion");
          return (patient, defaultId, screening) ->
              patient.add(
                  new DiagnosticReport(
                      RecordRef.of("DiagnosticReport", or(id, defaultId)),
                      recordCodes,
                      status,
                      effective == null ? null : effective.resolve(screening),
                      null,
                      conclusions));
        }
      case IMAGING:
        {
          clausesOnly(fact, IMAGING, "an imaging study");
          ImagingStatus status =
              status(
                  fact,
                  "status",
                  ImagingStatus.values(),
                  ImagingStatus::code,
                  ImagingStatus.AVAILABLE);
          DateExpr started = date(fact, true);
          List<Coding> modalities =
              recordCodes.stream().filter(c -> DICOM.equals(c.system())).toList();
          List<Coding> procedures =
              recordCodes.stream().filter(c -> !DICOM.equals(c.system())).toList();
          return (patient, defaultId, screening) ->
              patient.add(
                  new ImagingStudy(
                      RecordRef.of("ImagingStudy", or(id, defaultId)),
                      procedures,
                      modalities,
                      List.of(),
                      status,
                      started == null ? null : started.resolve(screening)));
        }
      case IMMUNIZATION:
        {
          clausesOnly(fact, IMMUNIZATION, "an immunization");
          ImmunizationStatus status =
              status(
                  fact,
                  "status",
                  ImmunizationStatus.values(),
                  ImmunizationStatus::code,
                  ImmunizationStatus.COMPLETED);
          DateExpr given = date(fact, true);
          return (patient, defaultId, screening) ->
              patient.add(
                  new Immunization(
                      RecordRef.of("Immunization", or(id, defaultId)),
                      recordCodes,
                      status,
                      given == null ? null : given.resolve(screening),
                      List.of(),
                      true));
        }
    }
    throw new AssertionError(concept.kind());
  }

  private Made participation(Fact fact) {
    noValue(fact, fact.concept().text());
    clausesOnly(fact, PARTICIPATION, "a study participation");
    PeriodOf period = period(fact, false);
    Status status = statusClause(fact, "status");
    String statusCode = status == null ? "on-study" : status.value().text();
    Text study = textClause(fact, "study");
    List<String> studies = List.of(study == null ? "another-study" : study.text());
    String id = id(fact);
    return (patient, defaultId, screening) ->
        patient.add(
            new ResearchParticipation(
                RecordRef.of("ResearchSubject", or(id, defaultId)),
                statusCode,
                studies,
                period == null ? null : period.resolve(screening)));
  }

  private Made attestation(Fact fact, DataDeclaration.AttestationDeclaration concept) {
    clausesOnly(fact, ATTESTATION, "an attestation");
    if (!(fact.value() instanceof Answer answer)) {
      misfit(
          fact.value() == null ? fact.span() : fact.value().span(),
          concept.name().text() + " is an investigator's answer: write yes, no or unanswered");
      return null;
    }
    Status status = statusClause(fact, "status");
    String statusCode = status == null ? "completed" : status.value().text();
    On authored = clause(fact, On.class);
    String id = id(fact);
    return (patient, defaultId, screening) ->
        patient.add(
            new Attestation(
                RecordRef.of("QuestionnaireResponse", or(id, defaultId)),
                concept.linkId(),
                answer.answer(),
                authored == null ? RecordDate.of(screening) : authored.date().resolve(screening),
                statusCode));
  }

  // ---- clauses ------------------------------------------------------------------------------

  /** A period given by {@code on}, {@code from ... to} or {@code since}. */
  private record PeriodOf(DateExpr start, DateExpr end, boolean ongoing) {
    RecordPeriod resolve(LocalDate screening) {
      RecordDate first = start.resolve(screening);
      return ongoing
          ? RecordPeriod.ongoingFrom(first)
          : new RecordPeriod(first, end.resolve(screening));
    }
  }

  private PeriodOf period(Fact fact, boolean required) {
    PeriodOf found = null;
    for (Clause clause : fact.clauses()) {
      PeriodOf period = null;
      if (clause instanceof On on) {
        period = new PeriodOf(on.date(), on.date(), false);
      } else if (clause instanceof Between between) {
        period = new PeriodOf(between.from(), between.to(), false);
      } else if (clause instanceof Since since) {
        period = new PeriodOf(since.date(), null, true);
      }
      if (period != null) {
        if (found != null) {
          misfit(clause.span(), "the fact already says when; give one of on, from ... to, since");
        }
        found = period;
      }
    }
    if (found == null && required) {
      misfit(
          fact.span(),
          fact.concept().text() + " needs its dates: from DATE to DATE, since DATE or on DATE");
    }
    return found;
  }

  /**
   * The date of {@code on} or {@code since}; a required date may be waived only by {@code undated}.
   */
  private DateExpr date(Fact fact, boolean required) {
    DateExpr found = null;
    for (Clause clause : fact.clauses()) {
      if (clause instanceof On on) {
        found = on.date();
      } else if (clause instanceof Since since) {
        found = since.date();
      }
    }
    if (found == null && required && clause(fact, Undated.class) == null) {
      misfit(
          fact.span(),
          fact.concept().text()
              + " needs its date: on DATE (or 'undated' for a record without one)");
    }
    return found;
  }

  private List<Coding> recordCodes(Fact fact, CodeSet conceptCodes, String name) {
    Codes written = clause(fact, Codes.class);
    if (written != null) {
      return codes.written(written.codes());
    }
    return codes
        .firstMember(conceptCodes)
        .map(List::of)
        .orElseGet(
            () -> {
              misfit(
                  fact.span(),
                  "no code written for "
                      + name
                      + " is in its code set; give the record its code: code SYSTEM {code}");
              return List.of();
            });
  }

  private List<Coding> coded(Fact fact, String which) {
    for (Clause clause : fact.clauses()) {
      if (clause instanceof Coded coded && coded.which().equals(which)) {
        return codingsOf(coded.codes());
      }
    }
    return List.of();
  }

  /** Codes written inline as they are; a value set name as its first member. */
  private List<Coding> codingsOf(CodeSetTerm term) {
    if (term instanceof CodeSetTerm.InlineCodes) {
      return codes.written(List.of(term));
    }
    return codes
        .firstMember(new CodeSet(List.of(term), List.of(), term.span()))
        .map(List::of)
        .orElse(List.of());
  }

  private ClinicalStatus clinical(Fact fact) {
    Status written = statusClause(fact, "clinical");
    if (written != null && written.value().text().equals("none")) {
      return null;
    }
    return status(
        fact, "clinical", ClinicalStatus.values(), ClinicalStatus::code, ClinicalStatus.ACTIVE);
  }

  private <E extends Enum<E>> E status(
      Fact fact, String which, E[] values, Function<E, String> code, E otherwise) {
    Status written = statusClause(fact, which);
    if (written == null) {
      return otherwise;
    }
    for (E value : values) {
      if (code.apply(value).equals(written.value().text())) {
        return value;
      }
    }
    misfit(
        written.value().span(),
        "'"
            + written.value().text()
            + "' is not a "
            + which
            + " code; use one of "
            + Arrays.stream(values).map(code).collect(Collectors.joining(", "))
            + (which.equals("clinical") ? ", none" : ""));
    return otherwise;
  }

  private Status statusClause(Fact fact, String which) {
    for (Clause clause : fact.clauses()) {
      if (clause instanceof Status status && status.which().equals(which)) {
        return status;
      }
    }
    return null;
  }

  private Text textClause(Fact fact, String which) {
    for (Clause clause : fact.clauses()) {
      if (clause instanceof Text text && text.which().equals(which)) {
        return text;
      }
    }
    return null;
  }

  private String id(Fact fact) {
    Text id = textClause(fact, "id");
    return id == null ? null : id.text();
  }

  private static <C extends Clause> C clause(Fact fact, Class<C> kind) {
    for (Clause clause : fact.clauses()) {
      if (kind.isInstance(clause)) {
        return kind.cast(clause);
      }
    }
    return null;
  }

  private void clausesOnly(Fact fact, Set<String> allowed, String kind) {
    for (Clause clause : fact.clauses()) {
      String word = ExampleClauses.word(clause);
      if (!allowed.contains(word)) {
        misfit(
            clause.span(),
            "'"
                + word
                + "' does not apply to "
                + kind
                + " ("
                + fact.concept().text()
                + "); it takes "
                + allowed.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
  }

  private void noValue(Fact fact, String name) {
    if (fact.value() != null) {
      misfit(
          fact.value().span(),
          name
              + " has no value to give; describe the record with clauses such as on, code or status");
    }
  }

  private <T> T misfit(SourceSpan span, String message) {
    sink.report(DiagnosticCode.EXAMPLE_FACT_MISFIT, span, message);
    return null;
  }

  private static String or(String id, String defaultId) {
    return id != null ? id : defaultId;
  }
}
