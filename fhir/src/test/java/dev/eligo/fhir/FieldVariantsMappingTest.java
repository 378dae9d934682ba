package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.AllergyReaction;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.VerificationStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each field of the newer record kinds and details when a hospital leaves it out, sends only part
 * of it, or sends it malformed: what the record holds, and that whatever could not be read is a
 * problem of that record (never silently dropped, never called missing).
 */
class FieldVariantsMappingTest {
  private static final String SNOMED = "http://snomed.info/sct";
  private static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
  private static final String ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  private static final String SUBJECT = "\"subject\":{\"reference\":\"Patient/pat-1001\"}";
  private static final String PROSTATE = concept(SNOMED, "41216001");

  /**
   * One way a field arrives: the resource, the field read back, what it should hold, the problems
   * it should cause.
   */
  record Variant(
      String label,
      String resource,
      Function<PatientRecord, Object> field,
      Object expected,
      List<String> problems) {
    @Override
    public String toString() {
      return label;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({
    "specimens",
    "encounters",
    "reports",
    "imagingStudies",
    "conditions",
    "procedures",
    "allergies",
    "observations",
    "medications"
  })
  void fieldVariant_holdsWhatCouldBeReadAndReportsTheRest(Variant variant) {
    PatientRecord record = Fixtures.mapResources(variant.resource());

    assertThat(variant.field().apply(record)).as("the field as read").isEqualTo(variant.expected());
    assertThat(Fixtures.problems(record))
        .as("the record's problems")
        .containsExactlyElementsOf(variant.problems());
    assertThat(record.problems()).allMatch(RecordProblem::makesRecordUnusable);
    if (!variant.label().startsWith("absent")) {
      assertThat(record.problems())
          .as("present data is never called missing")
          .noneMatch(p -> p.message().contains("missing"));
    }
  }

  static Stream<Variant> specimens() {
    Function<PatientRecord, Object> type = r -> Fixtures.specimen(r, "spec-1").codes();
    Function<PatientRecord, Object> collected = r -> Fixtures.specimen(r, "spec-1").collected();
    Function<PatientRecord, Object> bodySite = r -> Fixtures.specimen(r, "spec-1").bodySites();
    return Stream.of(
        new Variant(
            "absent specimen type",
            specimen("\"status\":\"available\""),
            type,
            List.of(),
            List.of()),
        new Variant(
            "malformed specimen type as text",
            specimen("\"type\":\"FFPE block\""),
            type,
            List.of(),
            List.of(
                "Specimen/spec-1: type is a string (\"FFPE block\"), but FHIR's CodeableConcept is an object; 'type' was not read")),
        new Variant(
            "malformed specimen type without system",
            specimen("\"type\":" + local("FFPE")),
            type,
            List.of(),
            List.of(
                "Specimen/spec-1: type has the code 'FFPE' without a system, so which code it is cannot be told;"
                    + " the codes are unknown")),
        new Variant(
            "absent specimen collection",
            specimen("\"status\":\"available\""),
            collected,
            null,
            List.of()),
        new Variant(
            "partial specimen collection, year only",
            specimen("\"collection\":{\"collectedDateTime\":\"2025\"}"),
            collected,
            RecordDate.ofYear(2025),
            List.of()),
        new Variant(
            "malformed specimen collection date",
            specimen("\"collection\":{\"collectedDateTime\":\"11/02/2026\"}"),
            collected,
            null,
            List.of(
                "Specimen/spec-1: invalid value in element 'collectedDateTime' (Invalid date/time"
                    + " format: \"11/02/2026\"); it was ignored")),
        new Variant(
            "malformed specimen collection period with only an end",
            specimen("\"collection\":{\"collectedPeriod\":{\"end\":\"2026-02-11\"}}"),
            collected,
            null,
            List.of(
                "Specimen/spec-1: collection.collectedPeriod has an end but no start; the date is unknown")),
        new Variant(
            "absent specimen body site",
            specimen("\"collection\":{\"collectedDateTime\":\"2026-02-11\"}"),
            bodySite,
            List.of(),
            List.of()),
        new Variant(
            "malformed specimen body site as text",
            specimen("\"collection\":{\"bodySite\":\"prostate\"}"),
            bodySite,
            List.of(),
            List.of(
                "Specimen/spec-1: collection.bodySite is a string (\"prostate\"), but FHIR's"
                    + " CodeableConcept is an object; 'collection' was not read")),
        new Variant(
            "malformed specimen body site without system",
            specimen("\"collection\":{\"bodySite\":" + local("PROST") + "}"),
            bodySite,
            List.of(),
            List.of(
                "Specimen/spec-1: collection.bodySite has the code 'PROST' without a system, so which code it is"
                    + " cannot be told; the codes are unknown")));
  }

  static Stream<Variant> encounters() {
    Function<PatientRecord, Object> classes = r -> Fixtures.encounter(r, "enc-1").classes();
    Function<PatientRecord, Object> types = r -> Fixtures.encounter(r, "enc-1").types();
    Function<PatientRecord, Object> status = r -> Fixtures.encounter(r, "enc-1").status();
    Function<PatientRecord, Object> period = r -> Fixtures.encounter(r, "enc-1").period();
    return Stream.of(
        new Variant(
            "absent encounter class",
            encounter("\"status\":\"finished\""),
            classes,
            List.of(),
            List.of()),
        new Variant(
            "malformed encounter class as text",
            encounter("\"status\":\"finished\",\"class\":\"IMP\""),
            classes,
            List.of(),
            List.of(
                "Encounter/enc-1: class is a string (\"IMP\"), but FHIR's Coding is an object; 'class'"
                    + " was not read")),
        new Variant(
            "malformed encounter class as a concept (R5's shape)",
            encounter("\"status\":\"finished\",\"class\":" + concept(ACT, "IMP")),
            classes,
            List.of(),
            List.of("Encounter/enc-1: unknown element 'coding' was ignored")),
        new Variant(
            "malformed encounter class without system",
            encounter("\"status\":\"finished\",\"class\":{\"code\":\"IMP\"}"),
            classes,
            List.of(),
            List.of(
                "Encounter/enc-1: class has the code 'IMP' without a system, so which code it is cannot be told;"
                    + " the codes are unknown")),
        new Variant(
            "absent encounter type",
            encounter("\"status\":\"finished\""),
            types,
            List.of(),
            List.of()),
        new Variant(
            "malformed encounter type as text",
            encounter("\"status\":\"finished\",\"type\":[\"Admission\"]"),
            types,
            List.of(),
            List.of(
                "Encounter/enc-1: type[0] is a string (\"Admission\"), but FHIR's CodeableConcept"
                    + " is an object; 'type' was not read")),
        new Variant(
            "malformed encounter type, one coding without system",
            encounter(
                "\"status\":\"finished\",\"type\":[{\"coding\":[{\"code\":\"ADM\"},{\"system\":\""
                    + SNOMED
                    + "\",\"code\":\"183452005\"}]}]"),
            types,
            List.of(new Coding(SNOMED, "183452005", null)),
            List.of(
                "Encounter/enc-1: type has the code 'ADM' without a system, so which code it is cannot be told;"
                    + " it was left out and the other codes were read")),
        new Variant(
            "absent encounter status",
            encounter("\"class\":" + coding(ACT, "IMP")),
            status,
            EncounterStatus.UNKNOWN,
            List.of("Encounter/enc-1: status is missing; it was read as unknown")),
        new Variant(
            "malformed encounter status",
            encounter("\"status\":\"discharged\""),
            status,
            EncounterStatus.UNKNOWN,
            List.of(
                "Encounter/enc-1: invalid value in element 'status' (Unknown EncounterStatus code 'discharged');"
                    + " it was ignored")),
        new Variant(
            "absent encounter period",
            encounter("\"status\":\"finished\""),
            period,
            null,
            List.of()),
        new Variant(
            "partial encounter period, month only",
            encounter("\"status\":\"finished\",\"period\":{\"start\":\"2026-11\"}"),
            period,
            RecordPeriod.on(RecordDate.ofMonth(YearMonth.of(2026, 11))),
            List.of()),
        new Variant(
            "partial encounter period, in progress without end",
            encounter("\"status\":\"in-progress\",\"period\":{\"start\":\"2026-11-22\"}"),
            period,
            RecordPeriod.ongoingFrom(RecordDate.of(LocalDate.of(2026, 11, 22))),
            List.of()),
        new Variant(
            "partial encounter period with only an end",
            encounter("\"status\":\"finished\",\"period\":{\"end\":\"2026-11-09\"}"),
            period,
            null,
            List.of("Encounter/enc-1: period has an end but no start; the period was ignored")),
        new Variant(
            "malformed encounter period start",
            encounter(
                "\"status\":\"finished\",\"period\":{\"start\":\"2026-13-01\",\"end\":\"2026-11-09\"}"),
            period,
            null,
            List.of(
                "Encounter/enc-1: invalid value in element 'start' (Invalid date/time format: \"2026-13-01\");"
                    + " it was ignored",
                "Encounter/enc-1: period has an end but no start; the period was ignored")),
        new Variant(
            "malformed encounter period ending before it starts",
            encounter(
                "\"status\":\"finished\",\"period\":{\"start\":\"2026-11-09\",\"end\":\"2026-11-01\"}"),
            period,
            null,
            List.of(
                "Encounter/enc-1: period ends (2026-11-01) before it starts (2026-11-09); the period was ignored")));
  }

  static Stream<Variant> reports() {
    Function<PatientRecord, Object> code = r -> Fixtures.report(r, "dr-1").codes();
    Function<PatientRecord, Object> status = r -> Fixtures.report(r, "dr-1").status();
    Function<PatientRecord, Object> conclusions = r -> Fixtures.report(r, "dr-1").conclusions();
    Function<PatientRecord, Object> effective = r -> Fixtures.report(r, "dr-1").effective();
    Function<PatientRecord, Object> date = r -> Fixtures.report(r, "dr-1").date();
    String psmaPet = "\"code\":" + concept("http://loinc.org", "81555-5");
    return Stream.of(
        new Variant(
            "absent report code", report("\"status\":\"final\""), code, List.of(), List.of()),
        new Variant(
            "malformed report code as text",
            report("\"status\":\"final\",\"code\":\"PSMA PET\""),
            code,
            List.of(),
            List.of(
                "DiagnosticReport/dr-1: code is a string (\"PSMA PET\"), but FHIR's CodeableConcept is"
                    + " an object; 'code' was not read")),
        new Variant(
            "malformed report code without system",
            report("\"status\":\"final\",\"code\":" + local("PSMAPET")),
            code,
            List.of(),
            List.of(
                "DiagnosticReport/dr-1: code has the code 'PSMAPET' without a system, so which"
                    + " code it is cannot be told; the codes are unknown")),
        new Variant(
            "absent report status",
            report(psmaPet),
            status,
            ReportStatus.UNKNOWN,
            List.of("DiagnosticReport/dr-1: status is missing; it was read as unknown")),
        new Variant(
            "malformed report status",
            report("\"status\":\"signed\"," + psmaPet),
            status,
            ReportStatus.UNKNOWN,
            List.of(
                "DiagnosticReport/dr-1: invalid value in element 'status' (Unknown DiagnosticReportStatus code"
                    + " 'signed'); it was ignored")),
        new Variant(
            "absent report conclusion",
            report("\"status\":\"final\"," + psmaPet),
            conclusions,
            List.of(),
            List.of()),
        new Variant(
            "malformed report conclusion as text",
            report("\"status\":\"final\"," + psmaPet + ",\"conclusionCode\":\"positive\""),
            conclusions,
            List.of(),
            List.of(
                "DiagnosticReport/dr-1: conclusionCode is a string (\"positive\"), but FHIR's CodeableConcept is an"
                    + " object; 'conclusionCode' was not read")),
        new Variant(
            "malformed report conclusion without system",
            report(
                "\"status\":\"final\"," + psmaPet + ",\"conclusionCode\":[" + local("POS") + "]"),
            conclusions,
            List.of(),
            List.of(
                "DiagnosticReport/dr-1: conclusionCode has the code 'POS' without a system, so which"
                    + " code it is cannot be told; the codes are unknown")),
        new Variant(
            "partial report effective, month only",
            report("\"status\":\"final\"," + psmaPet + ",\"effectiveDateTime\":\"2026-11\""),
            effective,
            RecordDate.ofMonth(YearMonth.of(2026, 11)),
            List.of()),
        new Variant(
            "malformed report effective date",
            report("\"status\":\"final\"," + psmaPet + ",\"effectiveDateTime\":\"5 Nov 2026\""),
            effective,
            null,
            List.of(
                "DiagnosticReport/dr-1: invalid value in element 'effectiveDateTime' (Invalid date/time format:"
                    + " \"5 Nov 2026\"); it was ignored")),
        new Variant(
            "malformed report effective period with only an end, dated by issued",
            report(
                "\"status\":\"final\","
                    + psmaPet
                    + ",\"effectivePeriod\":{\"end\":\"2026-11-05\"},"
                    + "\"issued\":\"2026-11-06\""),
            date,
            RecordDate.of(LocalDate.of(2026, 11, 6)),
            List.of(
                "DiagnosticReport/dr-1: effectivePeriod has an end but no start; the date is unknown")));
  }

  static Stream<Variant> imagingStudies() {
    Function<PatientRecord, Object> code = r -> Fixtures.imaging(r, "img-1").codes();
    Function<PatientRecord, Object> modality = r -> Fixtures.imaging(r, "img-1").modalities();
    Function<PatientRecord, Object> bodySite = r -> Fixtures.imaging(r, "img-1").bodySites();
    Function<PatientRecord, Object> status = r -> Fixtures.imaging(r, "img-1").status();
    Function<PatientRecord, Object> started = r -> Fixtures.imaging(r, "img-1").started();
    return Stream.of(
        new Variant(
            "absent imaging procedure code",
            imaging("\"status\":\"available\""),
            code,
            List.of(),
            List.of()),
        new Variant(
            "malformed imaging procedure code without system",
            imaging("\"status\":\"available\",\"procedureCode\":[" + local("PETCT") + "]"),
            code,
            List.of(),
            List.of(
                "ImagingStudy/img-1: procedureCode has the code 'PETCT' without a system, so which code it is"
                    + " cannot be told; the codes are unknown")),
        new Variant(
            "absent imaging modality",
            imaging("\"status\":\"available\""),
            modality,
            List.of(),
            List.of()),
        new Variant(
            "malformed imaging modality as text",
            imaging("\"status\":\"available\",\"modality\":[\"PT\"]"),
            modality,
            List.of(),
            List.of(
                "ImagingStudy/img-1: modality[0] is a string (\"PT\"), but FHIR's Coding is an"
                    + " object; 'modality' was not read")),
        new Variant(
            "malformed series modality without system, the other series read",
            imaging(
                "\"status\":\"available\",\"series\":["
                    + series("{\"code\":\"PT\"}", coding(SNOMED, "38266002"))
                    + ","
                    + series(coding(DCM, "CT"), coding(SNOMED, "38266002"))
                    + "]"),
            modality,
            List.of(new Coding(DCM, "CT", null)),
            List.of(
                "ImagingStudy/img-1: modality has the code 'PT' without a system, so which code it is cannot be"
                    + " told; it was left out and the other codes were read")),
        new Variant(
            "absent imaging body site",
            imaging(
                "\"status\":\"available\",\"series\":[{\"uid\":\"1.2.3\",\"modality\":"
                    + coding(DCM, "PT")
                    + "}]"),
            bodySite,
            List.of(),
            List.of()),
        new Variant(
            "malformed imaging body site as a concept",
            imaging(
                "\"status\":\"available\",\"series\":["
                    + series(coding(DCM, "PT"), PROSTATE)
                    + "]"),
            bodySite,
            List.of(),
            List.of("ImagingStudy/img-1: unknown element 'coding' was ignored")),
        new Variant(
            "malformed imaging body site without system",
            imaging(
                "\"status\":\"available\",\"series\":["
                    + series(coding(DCM, "PT"), "{\"code\":\"WB\"}")
                    + "]"),
            bodySite,
            List.of(),
            List.of(
                "ImagingStudy/img-1: series.bodySite has the code 'WB' without a system, so"
                    + " which code it is cannot be told; the codes are unknown")),
        new Variant(
            "malformed imaging status",
            imaging("\"status\":\"done\""),
            status,
            ImagingStatus.UNKNOWN,
            List.of(
                "ImagingStudy/img-1: invalid value in element 'status' (Unknown ImagingStudyStatus code 'done');"
                    + " it was ignored")),
        new Variant(
            "partial imaging start, month only",
            imaging("\"status\":\"available\",\"started\":\"2026-11\""),
            started,
            RecordDate.ofMonth(YearMonth.of(2026, 11)),
            List.of()),
        new Variant(
            "malformed imaging start",
            imaging("\"status\":\"available\",\"started\":\"2026-11-05 08:41\""),
            started,
            null,
            List.of(
                "ImagingStudy/img-1: invalid value in element 'started' (Invalid date/time format:"
                    + " \"2026-11-05 08:41\"); it was ignored")));
  }

  static Stream<Variant> conditions() {
    Function<PatientRecord, Object> stage = r -> Fixtures.condition(r, "dx-1").stages();
    Function<PatientRecord, Object> bodySite = r -> Fixtures.condition(r, "dx-1").bodySites();
    Function<PatientRecord, Object> verification =
        r -> Fixtures.condition(r, "dx-1").verificationStatus();
    return Stream.of(
        new Variant(
            "malformed condition stage as text",
            condition("\"stage\":[{\"summary\":\"Stage IV\"}]"),
            stage,
            List.of(),
            List.of(
                "Condition/dx-1: stage[0].summary is a string (\"Stage IV\"), but FHIR's CodeableConcept"
                    + " is an object; 'stage' was not read")),
        new Variant(
            "malformed condition stage without system",
            condition("\"stage\":[{\"summary\":" + local("IV") + "}]"),
            stage,
            List.of(),
            List.of(
                "Condition/dx-1: stage.summary has the code 'IV' without a system, so which code it is cannot be"
                    + " told; the codes are unknown")),
        new Variant(
            "malformed condition body site as text",
            condition("\"bodySite\":[\"prostate\"]"),
            bodySite,
            List.of(),
            List.of(
                "Condition/dx-1: bodySite[0] is a string (\"prostate\"), but FHIR's CodeableConcept is"
                    + " an object; 'bodySite' was not read")),
        new Variant(
            "malformed condition body site without system",
            condition("\"bodySite\":[" + local("PROST") + "]"),
            bodySite,
            List.of(),
            List.of(
                "Condition/dx-1: bodySite has the code 'PROST' without a system, so which code"
                    + " it is cannot be told; the codes are unknown")),
        new Variant(
            "malformed condition verification status, unknown code",
            condition(
                "\"verificationStatus\":"
                    + concept(
                        "http://terminology.hl7.org/CodeSystem/condition-ver-status", "probable")),
            verification,
            null,
            List.of(
                "Condition/dx-1: verificationStatus has no known code; it was read as not"
                    + " stated")),
        new Variant(
            "malformed condition verification status, unknown code but a known one too",
            condition(
                "\"verificationStatus\":{\"coding\":[{\"system\":\"urn:oid:1.2.3\",\"code\":\"probable\"},"
                    + "{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-ver-status\",\"code\":\"confirmed\"}]}"),
            verification,
            VerificationStatus.CONFIRMED,
            List.of()));
  }

  static Stream<Variant> procedures() {
    Function<PatientRecord, Object> bodySite = r -> Fixtures.procedure(r, "proc-1").bodySites();
    Function<PatientRecord, Object> status = r -> Fixtures.procedure(r, "proc-1").status();
    return Stream.of(
        new Variant(
            "malformed procedure body site as text",
            procedure("\"status\":\"completed\",\"bodySite\":\"hip\""),
            bodySite,
            List.of(),
            List.of(
                "Procedure/proc-1: bodySite is a string (\"hip\"), but FHIR's CodeableConcept"
                    + " is an object; 'bodySite' was not read")),
        new Variant(
            "malformed procedure body site without system",
            procedure("\"status\":\"completed\",\"bodySite\":[" + local("HIP-L") + "]"),
            bodySite,
            List.of(),
            List.of(
                "Procedure/proc-1: bodySite has the code 'HIP-L' without a system, so which code it is cannot be"
                    + " told; the codes are unknown")),
        new Variant(
            "absent procedure status",
            procedure("\"performedDateTime\":\"2026-09-04\""),
            status,
            ProcedureStatus.UNKNOWN,
            List.of("Procedure/proc-1: status is missing; it was read as unknown")),
        new Variant(
            "malformed procedure status",
            procedure("\"status\":\"done\""),
            status,
            ProcedureStatus.UNKNOWN,
            List.of(
                "Procedure/proc-1: invalid value in element 'status' (Unknown ProcedureStatus code 'done'); it was"
                    + " ignored")),
        new Variant(
            "malformed procedure reason without system",
            procedure("\"status\":\"completed\",\"reasonCode\":[" + local("FX") + "]"),
            r -> Fixtures.procedure(r, "proc-1").reasonCodes(),
            List.of(),
            List.of(
                "Procedure/proc-1: reasonCode has the code 'FX' without a system, so which code it is cannot be"
                    + " told; the codes are unknown")));
  }

  static Stream<Variant> allergies() {
    Function<PatientRecord, Object> type = r -> Fixtures.allergy(r, "ai-1").type();
    Function<PatientRecord, Object> category = r -> Fixtures.allergy(r, "ai-1").categories();
    Function<PatientRecord, Object> reactions = r -> Fixtures.allergy(r, "ai-1").reactions();
    return Stream.of(
        new Variant(
            "absent allergy type", allergy("\"criticality\":\"high\""), type, null, List.of()),
        new Variant(
            "malformed allergy type",
            allergy("\"type\":\"sensitivity\""),
            type,
            null,
            List.of(
                "AllergyIntolerance/ai-1: invalid value in element 'type' (Unknown AllergyIntoleranceType code"
                    + " 'sensitivity'); it was ignored")),
        new Variant(
            "absent allergy category",
            allergy("\"type\":\"allergy\""),
            category,
            List.of(),
            List.of()),
        new Variant(
            "malformed allergy category",
            allergy("\"category\":[\"drug\"]"),
            category,
            List.of(),
            List.of(
                "AllergyIntolerance/ai-1: invalid value in element 'category' (Unknown AllergyIntoleranceCategory"
                    + " code 'drug'); it was ignored")),
        new Variant(
            "malformed allergy category, one of two",
            allergy("\"category\":[\"drug\",\"medication\"]"),
            category,
            List.of("medication"),
            List.of(
                "AllergyIntolerance/ai-1: invalid value in element 'category' (Unknown AllergyIntoleranceCategory"
                    + " code 'drug'); it was ignored")),
        new Variant(
            "malformed allergy reaction severity",
            allergy(
                "\"reaction\":[{\"manifestation\":["
                    + concept(SNOMED, "39579001")
                    + "],\"severity\":\"life-threatening\"}]"),
            reactions,
            List.of(new AllergyReaction(List.of(new Coding(SNOMED, "39579001", null)), null)),
            List.of(
                "AllergyIntolerance/ai-1: invalid value in element 'severity' (Unknown AllergyIntoleranceSeverity"
                    + " code 'life-threatening'); it was ignored")),
        new Variant(
            "malformed allergy manifestation without system",
            allergy(
                "\"reaction\":[{\"manifestation\":["
                    + local("HIVES")
                    + "],\"severity\":\"mild\"}]"),
            reactions,
            List.of(new AllergyReaction(List.of(), "mild")),
            List.of(
                "AllergyIntolerance/ai-1: reaction.manifestation has the code 'HIVES' without a system, so which"
                    + " code it is cannot be told; the codes are unknown")),
        new Variant(
            "malformed allergy reaction substance without system, the code still read",
            allergy(
                "\"reaction\":[{\"substance\":"
                    + local("PEN")
                    + ",\"manifestation\":["
                    + concept(SNOMED, "39579001")
                    + "]}]"),
            r -> Fixtures.allergy(r, "ai-1").codes(),
            List.of(new Coding(SNOMED, "764146007", null)),
            List.of(
                "AllergyIntolerance/ai-1: reaction.substance has the code 'PEN' without a system, so which code it"
                    + " is cannot be told; the codes are unknown")));
  }

  static Stream<Variant> observations() {
    Function<PatientRecord, Object> value = r -> Fixtures.observation(r, "obs-1").value();
    return Stream.of(
        new Variant(
            "malformed valueBoolean as text",
            observation("\"valueBoolean\":\"yes\""),
            value,
            null,
            List.of(
                "Observation/obs-1: valueBoolean is a string (\"yes\"), but FHIR's boolean is true or false;"
                    + " 'valueBoolean' was not read")),
        new Variant(
            "malformed valueBoolean as a number",
            observation("\"valueBoolean\":1"),
            value,
            null,
            List.of(
                "Observation/obs-1: valueBoolean is a number (1), but FHIR's boolean is true or false;"
                    + " 'valueBoolean' was not read")),
        new Variant(
            "malformed valueString as a number",
            observation("\"valueString\":42"),
            value,
            null,
            List.of(
                "Observation/obs-1: valueString is a number (42), but FHIR's string is a string; 'valueString' was"
                    + " not read")),
        new Variant(
            "malformed valueString as a boolean",
            observation("\"valueString\":true"),
            value,
            null,
            List.of(
                "Observation/obs-1: valueString is a boolean (true), but FHIR's string is a string; 'valueString'"
                    + " was not read")),
        new Variant(
            "malformed valueString as an object",
            observation("\"valueString\":{\"text\":\"progression\"}"),
            value,
            null,
            List.of(
                "Observation/obs-1: valueString is an object, but FHIR's string is a string;"
                    + " 'valueString' was not read")),
        new Variant(
            "malformed interpretation without system",
            observation("\"valueBoolean\":true,\"interpretation\":[" + local("POS") + "]"),
            r -> Fixtures.observation(r, "obs-1").interpretations(),
            List.of(),
            List.of(
                "Observation/obs-1: interpretation has the code 'POS' without a system, so which code it is cannot"
                    + " be told; the codes are unknown")),
        new Variant(
            "malformed observation body site without system",
            observation("\"valueBoolean\":true,\"bodySite\":" + local("R-ARM")),
            r -> Fixtures.observation(r, "obs-1").bodySites(),
            List.of(),
            List.of(
                "Observation/obs-1: bodySite has the code 'R-ARM' without a system, so which code it is cannot be"
                    + " told; the codes are unknown")));
  }

  static Stream<Variant> medications() {
    Function<PatientRecord, Object> route =
        r -> Fixtures.medication(r, "MedicationStatement", "ms-1").routes();
    Function<PatientRecord, Object> reason =
        r -> Fixtures.medication(r, "MedicationStatement", "ms-1").reasonCodes();
    Function<PatientRecord, Object> statusReason =
        r -> Fixtures.medication(r, "MedicationStatement", "ms-1").statusReasons();
    return Stream.of(
        new Variant(
            "malformed medication route without system",
            statement("\"dosage\":[{\"route\":" + local("PO") + "}]"),
            route,
            List.of(),
            List.of(
                "MedicationStatement/ms-1: route has the code 'PO' without a system, so which code it is cannot be"
                    + " told; the codes are unknown")),
        new Variant(
            "malformed medication reason without system",
            statement("\"reasonCode\":[" + local("SLE") + "]"),
            reason,
            List.of(),
            List.of(
                "MedicationStatement/ms-1: reasonCode has the code 'SLE' without a system, so which code it is"
                    + " cannot be told; the codes are unknown")),
        new Variant(
            "malformed medication status reason without system",
            statement("\"statusReason\":[" + local("TOX") + "]"),
            statusReason,
            List.of(),
            List.of(
                "MedicationStatement/ms-1: statusReason has the code 'TOX' without a system, so which code it is"
                    + " cannot be told; the codes are unknown")));
  }

  private static String specimen(String fields) {
    return "{\"resourceType\":\"Specimen\",\"id\":\"spec-1\",\"accessionIdentifier\":{\"system\":"
        + "\"http://lab.example-hospital.org/accession\",\"value\":\"SP26-004512\"},"
        + SUBJECT
        + ","
        + fields
        + "}";
  }

  private static String encounter(String fields) {
    return "{\"resourceType\":\"Encounter\",\"id\":\"enc-1\"," + SUBJECT + "," + fields + "}";
  }

  private static String report(String fields) {
    return "{\"resourceType\":\"DiagnosticReport\",\"id\":\"dr-1\"," + SUBJECT + "," + fields + "}";
  }

  private static String imaging(String fields) {
    return "{\"resourceType\":\"ImagingStudy\",\"id\":\"img-1\",\"identifier\":[{\"system\":\"urn:dicom:uid\","
        + "\"value\":\"urn:oid:2.16.124.113543.6003.1154777499\"}],"
        + SUBJECT
        + ","
        + fields
        + "}";
  }

  private static String series(String modality, String bodySite) {
    return "{\"uid\":\"2.16.124.113543.6003."
        + modality.hashCode()
        + "\",\"modality\":"
        + modality
        + ",\"bodySite\":"
        + bodySite
        + "}";
  }

  private static String condition(String fields) {
    return "{\"resourceType\":\"Condition\",\"id\":\"dx-1\",\"clinicalStatus\":"
        + concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active")
        + ",\"code\":"
        + concept(SNOMED, "399068003")
        + ","
        + SUBJECT
        + ",\"onsetDateTime\":\"2023-04-12\","
        + fields
        + "}";
  }

  private static String procedure(String fields) {
    return "{\"resourceType\":\"Procedure\",\"id\":\"proc-1\",\"code\":"
        + concept(SNOMED, "179277008")
        + ","
        + SUBJECT
        + ","
        + fields
        + "}";
  }

  private static String allergy(String fields) {
    return "{\"resourceType\":\"AllergyIntolerance\",\"id\":\"ai-1\",\"code\":"
        + concept(SNOMED, "764146007")
        + ",\"patient\":{\"reference\":\"Patient/pat-1001\"},"
        + fields
        + "}";
  }

  private static String observation(String value) {
    return "{\"resourceType\":\"Observation\",\"id\":\"obs-1\",\"status\":\"final\",\"code\":"
        + concept("http://loinc.org", "59776-5")
        + ","
        + SUBJECT
        + ",\"effectiveDateTime\":\"2026-11-05\","
        + value
        + "}";
  }

  private static String statement(String fields) {
    return "{\"resourceType\":\"MedicationStatement\",\"id\":\"ms-1\",\"status\":\"active\","
        + "\"medicationCodeableConcept\":"
        + concept("http://www.whocc.no/atc", "H02AB07")
        + ","
        + SUBJECT
        + ",\"effectivePeriod\":{\"start\":\"2026-01-10\"},"
        + fields
        + "}";
  }

  private static String coding(String system, String code) {
    return "{\"system\":\"" + system + "\",\"code\":\"" + code + "\"}";
  }

  private static String concept(String system, String code) {
    return "{\"coding\":[" + coding(system, code) + "]}";
  }

  /**
   * A concept coded only in the hospital's own words, with no system (as some interfaces send it).
   */
  private static String local(String code) {
    return "{\"coding\":[{\"code\":\"" + code + "\"}]}";
  }
}
