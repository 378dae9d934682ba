package dev.eligo.runtime.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything an evaluator may read about one patient. Immutable; build it with {@link #builder}.
 *
 * @param id the patient's id in the source system (FHIR {@code Patient.id})
 * @param birthDate the date of birth, or {@code null} when unknown or known only to a month or year
 * @param partialBirthDate a date of birth known only to a month or year ({@code 1950}), else {@code
 *     null}
 * @param sex administrative gender; {@link Sex#UNKNOWN} when absent
 * @param problems parts of the source data that could not be read
 */
public record PatientRecord(
    String id,
    LocalDate birthDate,
    RecordDate partialBirthDate,
    Sex sex,
    List<Observation> observations,
    List<Condition> conditions,
    List<MedicationUse> medications,
    List<Procedure> procedures,
    List<Allergy> allergies,
    List<ResearchParticipation> participations,
    List<Attestation> attestations,
    List<Specimen> specimens,
    List<Encounter> encounters,
    List<DiagnosticReport> reports,
    List<ImagingStudy> imagingStudies,
    List<Immunization> immunizations,
    List<RecordProblem> problems) {

  public PatientRecord {
    Objects.requireNonNull(id, "id");
    sex = sex == null ? Sex.UNKNOWN : sex;
    observations = List.copyOf(observations);
    conditions = List.copyOf(conditions);
    medications = List.copyOf(medications);
    procedures = List.copyOf(procedures);
    allergies = List.copyOf(allergies);
    participations = List.copyOf(participations);
    attestations = List.copyOf(attestations);
    specimens = List.copyOf(specimens);
    encounters = List.copyOf(encounters);
    reports = List.copyOf(reports);
    imagingStudies = List.copyOf(imagingStudies);
    immunizations = List.copyOf(immunizations);
    problems = List.copyOf(problems);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Collects a patient's records; each {@code add} keeps the order given. */
  public static final class Builder {
    private final String id;
    private LocalDate birthDate;
    private RecordDate partialBirthDate;
    private Sex sex = Sex.UNKNOWN;
    private final List<Observation> observations = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();
    private final List<MedicationUse> medications = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<Allergy> allergies = new ArrayList<>();
    private final List<ResearchParticipation> participations = new ArrayList<>();
    private final List<Attestation> attestations = new ArrayList<>();
    private final List<Specimen> specimens = new ArrayList<>();
    private final List<Encounter> encounters = new ArrayList<>();
    private final List<DiagnosticReport> reports = new ArrayList<>();
    private final List<ImagingStudy> imagingStudies = new ArrayList<>();
    private final List<Immunization> immunizations = new ArrayList<>();
    private final List<RecordProblem> problems = new ArrayList<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
      this.partialBirthDate = null;
      return this;
    }

    /** A date of birth as written: a full date, or only a year or month (de-identified data). */
    public Builder birthDate(RecordDate birthDate) {
      this.birthDate = birthDate.day().orElse(null);
      this.partialBirthDate = birthDate.isFullDate() ? null : birthDate;
      return this;
    }

    public Builder sex(Sex sex) {
      this.sex = sex;
      return this;
    }

    public Builder add(Observation observation) {
      observations.add(observation);
      return this;
    }

    public Builder add(Condition condition) {
      conditions.add(condition);
      return this;
    }

    public Builder add(MedicationUse medication) {
      medications.add(medication);
      return this;
    }

    public Builder add(Procedure procedure) {
      procedures.add(procedure);
      return this;
    }

    public Builder add(Allergy allergy) {
      allergies.add(allergy);
      return this;
    }

    public Builder add(ResearchParticipation participation) {
      participations.add(participation);
      return this;
    }

    public Builder add(Attestation attestation) {
      attestations.add(attestation);
      return this;
    }

    public Builder add(Specimen specimen) {
      specimens.add(specimen);
      return this;
    }

    public Builder add(Encounter encounter) {
      encounters.add(encounter);
      return this;
    }

    public Builder add(DiagnosticReport report) {
      reports.add(report);
      return this;
    }

    public Builder add(ImagingStudy study) {
      imagingStudies.add(study);
      return this;
    }

    public Builder add(Immunization immunization) {
      immunizations.add(immunization);
      return this;
    }

    public Builder add(RecordProblem problem) {
      problems.add(problem);
      return this;
    }

    public PatientRecord build() {
      return new PatientRecord(
          id,
          birthDate,
          partialBirthDate,
          sex,
          observations,
          conditions,
          medications,
          procedures,
          allergies,
          participations,
          attestations,
          specimens,
          encounters,
          reports,
          imagingStudies,
          immunizations,
          problems);
    }
  }
}
