package dev.eligo.examples.nephropathy;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;

/**
 * Medication uses: statements of what the patient takes (a period, a route) and administrations of
 * what was given on a day (infusions, vaccines), coded with ATC and, as US systems add, RxNorm.
 */
final class Medications {
  static final String ATC = "http://www.whocc.no/atc";
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  static final String CVX = "http://hl7.org/fhir/sid/cvx";
  static final Coding ORAL = new Coding(Observations.SNOMED, "26643006", "Oral route");
  static final Coding INTRAVENOUS =
      new Coding(Observations.SNOMED, "47625008", "Intravenous route");
  static final Coding SUBCUTANEOUS =
      new Coding(Observations.SNOMED, "34206005", "Subcutaneous route");
  static final Coding INTRAMUSCULAR =
      new Coding(Observations.SNOMED, "78421000", "Intramuscular route");

  private Medications() {}

  /**
   * Taken by mouth from {@code start} to {@code end} (both included), or ongoing when end is null.
   */
  static Fact taken(String slot, String atc, String display, LocalDate start, LocalDate end) {
    MedicationStatement s = new MedicationStatement();
    s.setStatus(
        end == null
            ? MedicationStatement.MedicationStatementStatus.ACTIVE
            : MedicationStatement.MedicationStatementStatus.COMPLETED);
    s.setMedication(
        new CodeableConcept().addCoding(new Coding(ATC, atc, display)).setText(display));
    Period period = new Period().setStartElement(new DateTimeType(start.toString()));
    if (end != null) {
      period.setEndElement(new DateTimeType(end.toString()));
    }
    s.setEffective(period);
    s.addDosage().setRoute(new CodeableConcept().addCoding(ORAL.copy()));
    return Fact.of(slot, s);
  }

  /** The same statement with an RxNorm coding beside its ATC one. */
  static Fact withRxNorm(Fact statement, String rxcui, String display) {
    return statement.edit(
        MedicationStatement.class,
        s -> s.getMedicationCodeableConcept().addCoding(new Coding(RXNORM, rxcui, display)));
  }

  /** The same statement coded in RxNorm only, as some systems send it. */
  static Fact rxNormOnly(Fact statement, String rxcui, String display) {
    return statement.edit(
        MedicationStatement.class,
        s ->
            s.setMedication(
                new CodeableConcept()
                    .addCoding(new Coding(RXNORM, rxcui, display))
                    .setText(display)));
  }

  /** The same statement, stopped for a coded reason. */
  static Fact stoppedFor(Fact statement, Coding reason) {
    return statement.edit(
        MedicationStatement.class,
        s ->
            s.setStatus(MedicationStatement.MedicationStatementStatus.STOPPED)
                .addStatusReason(new CodeableConcept().addCoding(reason.copy())));
  }

  /** The same statement given by another route. */
  static Fact route(Fact statement, Coding route) {
    return statement.edit(
        MedicationStatement.class,
        s -> s.getDosageFirstRep().setRoute(new CodeableConcept().addCoding(route.copy())));
  }

  /**
   * The same administration coded only in another system (RxNorm, CVX), as some systems send it.
   */
  static Fact codedOnlyIn(Fact administration, String system, String code, String display) {
    return administration.edit(
        MedicationAdministration.class,
        a ->
            a.setMedication(
                new CodeableConcept()
                    .addCoding(new Coding(system, code, display))
                    .setText(display)));
  }

  /** A vaccination with a CVX code on a day, as an immunization registry sends it. */
  static Fact immunized(
      String slot,
      String cvx,
      String display,
      LocalDate day,
      Immunization.ImmunizationStatus status) {
    Immunization i = new Immunization();
    i.setStatus(status);
    i.setVaccineCode(
        new CodeableConcept().addCoding(new Coding(CVX, cvx, display)).setText(display));
    i.setOccurrence(new DateTimeType(day.toString()));
    i.setPrimarySource(true);
    return Fact.of(slot, i);
  }

  /** A dose given on a day (an infusion, an injection, a vaccine), completed. */
  static Fact given(String slot, String atc, String display, LocalDate day, Coding route) {
    MedicationAdministration a = new MedicationAdministration();
    a.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
    a.setMedication(
        new CodeableConcept().addCoding(new Coding(ATC, atc, display)).setText(display));
    a.setEffective(new DateTimeType(day + "T10:30:00-04:00"));
    a.getDosage().setRoute(new CodeableConcept().addCoding(route.copy()));
    return Fact.of(slot, a);
  }
}
