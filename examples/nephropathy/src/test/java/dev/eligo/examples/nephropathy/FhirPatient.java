package dev.eligo.examples.nephropathy;

import dev.eligo.fhir.BundleMapper;
import dev.eligo.runtime.record.PatientRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResearchSubject;
import org.hl7.fhir.r4.model.Resource;

/**
 * A test patient: the Patient's own facts, FHIR resources by slot and the investigator's answers.
 * Each method returns a changed copy, so a case reads as the baseline and what it changes: {@code
 * Baseline.patient().with(Observations.egfr(day(-7), "38"))}. The patient becomes a FHIR R4 Bundle
 * as a hospital's export would send it, and a record through Eligo's own FHIR mapping.
 */
final class FhirPatient {
  static final String SERVER = "https://ehr.example-hospital.org/fhir/";

  private final LocalDate birthDate;
  private final AdministrativeGender gender;
  private final String[] name;
  private final Map<String, List<Fact>> slots;
  private final Map<String, Boolean> answers;

  FhirPatient(LocalDate birthDate, AdministrativeGender gender, String family, String given) {
    this(
        birthDate,
        gender,
        new String[] {family, given},
        new LinkedHashMap<>(),
        new LinkedHashMap<>());
  }

  private FhirPatient(
      LocalDate birthDate,
      AdministrativeGender gender,
      String[] name,
      Map<String, List<Fact>> slots,
      Map<String, Boolean> answers) {
    this.birthDate = birthDate;
    this.gender = gender;
    this.name = name;
    this.slots = slots;
    this.answers = answers;
  }

  /** The patient with these facts instead of whatever their slots held. */
  FhirPatient with(Fact... facts) {
    Map<String, List<Fact>> changed = copySlots();
    Set<String> replaced = new HashSet<>();
    for (Fact fact : facts) {
      if (replaced.add(fact.slot())) {
        changed.put(fact.slot(), new ArrayList<>());
      }
      changed.get(fact.slot()).add(fact);
    }
    return new FhirPatient(birthDate, gender, name, changed, answers);
  }

  /** The patient with these facts beside those already in their slots. */
  FhirPatient plus(Fact... facts) {
    Map<String, List<Fact>> changed = copySlots();
    for (Fact fact : facts) {
      changed.computeIfAbsent(fact.slot(), s -> new ArrayList<>()).add(fact);
    }
    return new FhirPatient(birthDate, gender, name, changed, answers);
  }

  /** The patient without any fact in these slots; an unknown slot is a mistake in the test. */
  FhirPatient without(String... slotNames) {
    Map<String, List<Fact>> changed = copySlots();
    for (String slot : slotNames) {
      if (changed.remove(slot) == null) {
        throw new IllegalArgumentException("no slot '" + slot + "' in " + changed.keySet());
      }
    }
    return new FhirPatient(birthDate, gender, name, changed, answers);
  }

  /** The patient with every fact of the slot changed; an unknown slot is a mistake in the test. */
  FhirPatient editSlot(String slot, UnaryOperator<Fact> change) {
    Map<String, List<Fact>> changed = copySlots();
    List<Fact> facts = changed.get(slot);
    if (facts == null) {
      throw new IllegalArgumentException("no slot '" + slot + "' in " + changed.keySet());
    }
    facts.replaceAll(change);
    return new FhirPatient(birthDate, gender, name, changed, answers);
  }

  /**
   * The investigator's yes ({@code true}), no ({@code false}) or unanswered ({@code null}) item.
   */
  FhirPatient answer(String linkId, Boolean answer) {
    Map<String, Boolean> changed = new LinkedHashMap<>(answers);
    changed.put(linkId, answer);
    return new FhirPatient(birthDate, gender, name, slots, changed);
  }

  /** The checklist without this item at all. */
  FhirPatient withoutAnswer(String linkId) {
    Map<String, Boolean> changed = new LinkedHashMap<>(answers);
    changed.remove(linkId);
    return new FhirPatient(birthDate, gender, name, slots, changed);
  }

  FhirPatient bornOn(LocalDate date) {
    return new FhirPatient(date, gender, name, slots, answers);
  }

  FhirPatient gender(AdministrativeGender newGender) {
    return new FhirPatient(birthDate, newGender, name, slots, answers);
  }

  FhirPatient named(String family, String given) {
    return new FhirPatient(birthDate, gender, new String[] {family, given}, slots, answers);
  }

  /** The record Eligo's FHIR mapping makes of the patient's Bundle. */
  PatientRecord record(String patientId) {
    return BundleMapper.map(bundle(patientId));
  }

  /** The patient's Bundle: the Patient, every fact in slot order, then the checklist. */
  Bundle bundle(String patientId) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.setId("export-" + patientId);
    bundle.setTimestampElement(new InstantType(Baseline.EXPORTED));
    add(bundle, patient(patientId));
    Reference subject = new Reference("Patient/" + patientId);
    // Ids unique on the hospital's server, as its export gives them: the slot, the patient, a
    // number.
    String owner = patientId.length() <= 16 ? patientId : Integer.toHexString(patientId.hashCode());
    int n = 1;
    for (List<Fact> facts : slots.values()) {
      for (Fact fact : facts) {
        Resource resource = fact.resource();
        if (resource.getIdElement().isEmpty()) {
          resource.setId(fact.slot() + "-" + owner + "-" + n);
        }
        n++;
        about(resource, subject);
        add(bundle, resource);
      }
    }
    if (!answers.isEmpty()) {
      add(bundle, checklist(patientId, subject));
    }
    return bundle;
  }

  private Patient patient(String patientId) {
    Patient patient = new Patient();
    patient.setId(patientId);
    patient
        .addIdentifier()
        .setSystem("urn:oid:2.16.840.1.113883.19.5")
        .setValue("MRN-" + patientId);
    patient.setActive(true);
    patient.addName().setFamily(name[0]).addGiven(name[1]);
    patient.setGender(gender);
    if (birthDate != null) {
      patient.setBirthDateElement(new DateType(birthDate.toString()));
    }
    return patient;
  }

  private QuestionnaireResponse checklist(String patientId, Reference subject) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setId("screening-checklist-" + patientId);
    response.setQuestionnaire("http://example.org/fhir/Questionnaire/nct00977977-investigator");
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    response.setSubject(subject);
    response.setAuthoredElement(new DateTimeType(Baseline.CHECKLIST_AUTHORED));
    answers.forEach(
        (linkId, answer) -> {
          QuestionnaireResponse.QuestionnaireResponseItemComponent item =
              response.addItem().setLinkId(linkId);
          if (answer != null) {
            item.addAnswer().setValue(new BooleanType(answer));
          }
        });
    return response;
  }

  /** Points the resource at the patient, in the element its type uses for that. */
  private static void about(Resource resource, Reference subject) {
    if (resource instanceof Observation) {
      ((Observation) resource).setSubject(subject);
    } else if (resource instanceof Condition) {
      ((Condition) resource).setSubject(subject);
    } else if (resource instanceof MedicationStatement) {
      ((MedicationStatement) resource).setSubject(subject);
    } else if (resource instanceof MedicationAdministration) {
      ((MedicationAdministration) resource).setSubject(subject);
    } else if (resource instanceof MedicationRequest) {
      ((MedicationRequest) resource).setSubject(subject);
    } else if (resource instanceof Procedure) {
      ((Procedure) resource).setSubject(subject);
    } else if (resource instanceof AllergyIntolerance) {
      ((AllergyIntolerance) resource).setPatient(subject);
    } else if (resource instanceof ResearchSubject) {
      ((ResearchSubject) resource).setIndividual(subject);
    } else if (resource instanceof org.hl7.fhir.r4.model.Immunization) {
      ((org.hl7.fhir.r4.model.Immunization) resource).setPatient(subject);
    }
  }

  private static void add(Bundle bundle, Resource resource) {
    bundle
        .addEntry()
        .setFullUrl(SERVER + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
        .setResource(resource);
  }

  private Map<String, List<Fact>> copySlots() {
    Map<String, List<Fact>> copy = new LinkedHashMap<>();
    slots.forEach((slot, facts) -> copy.put(slot, new ArrayList<>(facts)));
    return copy;
  }

  @Override
  public String toString() {
    return "patient born "
        + birthDate
        + ", "
        + gender
        + ", "
        + slots.keySet()
        + ", answers "
        + answers;
  }
}
