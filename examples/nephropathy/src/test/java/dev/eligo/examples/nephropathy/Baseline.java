package dev.eligo.examples.nephropathy;

import static dev.eligo.examples.nephropathy.Observations.MEMBRANOUS;
import static dev.eligo.examples.nephropathy.Observations.NEGATIVE;
import static dev.eligo.examples.nephropathy.Observations.NON_REACTIVE;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

/**
 * The screening date, the planned first day of treatment and the baseline patient of the screening
 * table: a 52-year-old man with biopsy-proven, anti-PLA2R-positive membranous nephropathy diagnosed
 * 11 months before screening, nephrotic on lisinopril, who meets every inclusion and no exclusion.
 * Cases change one or two of his facts.
 */
final class Baseline {
  /** S, the screening date of every case: a Tuesday. */
  static final LocalDate SCREENING = LocalDate.of(2026, 10, 6);

  /** T, the planned first day of rituximab and cyclosporine, 4 weeks after S. */
  static final LocalDate TREATMENT_START = LocalDate.of(2026, 11, 3);

  /** When the Bundles were exported: the morning of S. */
  static final String EXPORTED = "2026-10-06T06:00:00Z";

  /** When the investigator completed the screening checklist: 2 days before S. */
  static final String CHECKLIST_AUTHORED = "2026-10-04T16:20:00-04:00";

  static final String WILLING_TO_COMPLY = "willing-to-comply";
  static final String COMPLICATIONS_UNCONTROLLED = "nephrotic-complications-uncontrolled";
  static final String RAAS_INTOLERANT = "raas-blockade-intolerant";
  static final String NO_SECONDARY_CAUSE = "no-secondary-mn-evidence";
  static final String ABLE_TO_TAKE_ORAL = "able-to-take-oral-medication";
  static final String WILLING_TO_ADHERE = "willing-to-adhere-cyclosporine";
  static final String CONTRACEPTION_OTHER_METHOD = "contraception-1-month-other-method";
  static final String AGREES_TO_CONTRACEPTION = "agrees-contraception-12-months";
  static final String MALE_CONTRACEPTION = "male-contraception";
  static final String INFORMED_CONSENT = "informed-consent";
  static final String EXPERIMENTAL_MEDICATION = "other-study-experimental-medication";
  static final String CYCLOSPORINE_TOXICITY = "cyclosporine-toxicity";
  static final String SIGNIFICANT_CONDITION = "clinically-significant-condition";
  static final String LIVER_IMPAIRS_CYCLOSPORINE = "liver-disease-impairs-cyclosporine";

  /** The day the membranous nephropathy was diagnosed (D), 11 months before S. */
  static final LocalDate DIAGNOSED = day("2025-11-12");

  /** The day of the diagnostic kidney biopsy. */
  static final LocalDate BIOPSY = day("2025-11-10");

  /** The day lisinopril started. */
  static final LocalDate LISINOPRIL_START = day("2025-11-20");

  /** The day of the latest screening blood tests. */
  static final LocalDate LAB_DAY = day("2026-09-29");

  private Baseline() {}

  /** The baseline man: eligible. */
  static FhirPatient patient() {
    return new FhirPatient(LocalDate.of(1974, 5, 21), AdministrativeGender.MALE, "Okafor", "Daniel")
        .with(Conditions.membranousNephropathy(DIAGNOSED))
        .with(OtherRecords.kidneyBiopsy(BIOPSY))
        .with(
            Observations.lightMicroscopy(BIOPSY, MEMBRANOUS),
            Observations.electronMicroscopy(BIOPSY, MEMBRANOUS))
        .with(Observations.pla2r(day("2025-11-05"), "142"))
        .with(Medications.taken("lisinopril", "C09AA03", "lisinopril", LISINOPRIL_START, null))
        .with(Medications.taken("furosemide", "C03CA01", "furosemide", LISINOPRIL_START, null))
        .with(Medications.taken("amlodipine", "C08CA01", "amlodipine", day("2024-03-15"), null))
        .with(Medications.taken("atorvastatin", "C10AA05", "atorvastatin", day("2025-12-01"), null))
        // Three complete collections; the two latest average 5.95 g/24 h.
        .with(
            Observations.urineProtein(day("2026-08-04"), "5.6", "g/(24.h)"),
            Observations.urineProtein(day("2026-09-08"), "6.1", "g/(24.h)"),
            Observations.urineProtein(day("2026-09-29"), "5.8", "g/(24.h)"))
        .with(
            Observations.urineCreatinine(day("2026-08-04"), "1650", "mg/(24.h)"),
            Observations.urineCreatinine(day("2026-09-08"), "1720", "mg/(24.h)"),
            Observations.urineCreatinine(day("2026-09-29"), "1610", "mg/(24.h)"))
        .with(
            Observations.weight(day("2026-08-04"), "84.0"),
            Observations.weight(day("2026-09-08"), "83.5"),
            Observations.weight(day("2026-09-29"), "84.2"))
        .with(
            Observations.egfr(DIAGNOSED, "85"),
            Observations.egfr(day("2026-09-08"), "81"),
            Observations.egfr(LAB_DAY, "78"))
        // Four of five readings at or under 140/90: 80 %.
        .with(
            Observations.bloodPressure("2026-08-11T09:05:00-04:00", 128, 78),
            Observations.bloodPressure("2026-08-25T09:40:00-04:00", 134, 84),
            Observations.bloodPressure("2026-09-08T10:15:00-04:00", 142, 88),
            Observations.bloodPressure("2026-09-22T08:50:00-04:00", 126, 80),
            Observations.bloodPressure("2026-09-29T09:20:00-04:00", 130, 82))
        .with(Observations.hivSerology(day("2026-09-08"), NON_REACTIVE))
        .with(Observations.hcvAntibody(day("2026-09-08"), NEGATIVE))
        .with(Observations.neutrophils(LAB_DAY, "4.1", "10*3/uL"))
        .with(Observations.platelets(LAB_DAY, "245", "10*3/uL"))
        .with(Observations.cd4(LAB_DAY, "820", "/uL"))
        .with(Observations.prothrombinTime(LAB_DAY, "11.8"))
        .with(Observations.hba1c(day("2026-09-08"), "5.4"))
        .answer(WILLING_TO_COMPLY, true)
        .answer(NO_SECONDARY_CAUSE, true)
        .answer(WILLING_TO_ADHERE, true)
        .answer(MALE_CONTRACEPTION, true)
        .answer(INFORMED_CONSENT, true)
        .answer(SIGNIFICANT_CONDITION, false);
  }

  /**
   * The baseline as a 35-year-old woman of reproductive potential: a negative pregnancy test 4 days
   * before S, contraception by a method the record does not hold (the investigator's answer) and
   * her agreement for the study.
   */
  static FhirPatient woman() {
    return patient()
        .bornOn(LocalDate.of(1991, 3, 2))
        .gender(AdministrativeGender.FEMALE)
        .named("Lindqvist", "Maja")
        .with(Observations.pregnancyTest(day("2026-10-02"), NEGATIVE))
        .withoutAnswer(MALE_CONTRACEPTION)
        .answer(CONTRACEPTION_OTHER_METHOD, true)
        .answer(AGREES_TO_CONTRACEPTION, true);
  }

  static LocalDate day(String isoDate) {
    return LocalDate.parse(isoDate);
  }

  static LocalDate daysBefore(int days) {
    return SCREENING.minusDays(days);
  }
}
