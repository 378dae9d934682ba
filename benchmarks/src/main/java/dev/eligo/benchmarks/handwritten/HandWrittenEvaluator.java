package dev.eligo.benchmarks.handwritten;

import static dev.eligo.benchmarks.handwritten.CodeSet.ATC;
import static dev.eligo.benchmarks.handwritten.CodeSet.ICD10;
import static dev.eligo.benchmarks.handwritten.CodeSet.LOCAL;
import static dev.eligo.benchmarks.handwritten.CodeSet.LOINC;
import static dev.eligo.benchmarks.handwritten.CodeSet.SNOMED;

import dev.eligo.benchmarks.handwritten.Lab.Op;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.result.TruthValue;
import dev.eligo.runtime.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * NCT07298239 written by hand, as a developer would without Eligo: the same criteria and the same
 * data dictionary rules (statuses, windows, partial dates, unit conversions, reference ranges,
 * courses, three-valued logic) on the same {@link PatientRecord}, giving a verdict and every
 * criterion's outcome but no explanation. The baseline the generated evaluator is measured against
 * (docs/benchmarks.md): written plainly, neither tuned nor handicapped.
 *
 * <p>Where a plain evaluator would stop short of the runtime's finer three-valued rules (an
 * uncertain PSA value makes PSA progression unknown; a questionnaire response that could not be
 * read in full makes its items unknown; values are not checked against plausible ranges), the
 * benchmarks check on every input that both evaluators still agree.
 */
public final class HandWrittenEvaluator {
  private static final String PROTOCOL_ID = "NCT07298239";

  private static final Lab TESTOSTERONE =
      new Lab("ng/dL", new CodeSet().include(LOINC, "2986-8", "14913-8"))
          .accepts("ng/mL", "100")
          .accepts("nmol/L", "28.842")
          .accepts("pg/mL", "0.1")
          .accepts("ng/L", "0.1");
  private static final Lab PSA =
      new Lab("ng/mL", new CodeSet().include(LOINC, "2857-1", "35741-8"))
          .accepts("ug/L", "1")
          .accepts("ng/dL", "0.01");
  private static final Lab BONE_SCAN_NEW_LESIONS =
      new Lab("1", new CodeSet().include(LOCAL, "bone-scan-new-lesions"));
  private static final CodeSet RECIST_RESPONSE =
      new CodeSet().include(LOCAL, "recist-overall-response");
  private static final Lab ECOG = new Lab("1", new CodeSet().include(LOINC, "89247-1"));
  private static final CodeSet PSMA_EXPRESSION = new CodeSet().include(LOCAL, "psma-expression");
  private static final Lab ANC =
      new Lab("10*9/L", new CodeSet().include(LOINC, "751-8", "26499-4"))
          .accepts("10*3/uL", "1")
          .accepts("/nL", "1");
  private static final Lab PLATELETS =
      new Lab("10*9/L", new CodeSet().include(LOINC, "777-3", "26515-7"))
          .accepts("10*3/uL", "1")
          .accepts("/nL", "1");
  private static final Lab HEMOGLOBIN =
      new Lab("g/dL", new CodeSet().include(LOINC, "718-7"))
          .accepts("g/L", "0.1")
          .accepts("mg/dL", "0.001");
  private static final Lab ALT = new Lab("U/L", new CodeSet().include(LOINC, "1742-6"));
  private static final Lab AST = new Lab("U/L", new CodeSet().include(LOINC, "1920-8"));
  private static final Lab CREATININE =
      new Lab("mg/dL", new CodeSet().include(LOINC, "2160-0", "14682-9"))
          .accepts("umol/L", "0.011312")
          .accepts("mmol/L", "11.312");
  private static final Lab PT = new Lab("s", new CodeSet().include(LOINC, "5902-2"));
  private static final Lab APTT = new Lab("s", new CodeSet().include(LOINC, "14979-9", "3173-2"));
  private static final Lab INR = new Lab("{INR}", new CodeSet().include(LOINC, "6301-6"));
  private static final Lab HBV_DNA =
      new Lab("{copies}/mL", new CodeSet().include(LOINC, "29615-2", "42595-9"))
          .accepts("copies/mL", "1")
          .accepts("[IU]/mL", "5.82");

  private static final CodeSet POSITIVE = new CodeSet().include(SNOMED, "10828004");
  private static final CodeSet NEGATIVE = new CodeSet().include(SNOMED, "260385009");
  private static final CodeSet PROGRESSIVE_DISEASE = new CodeSet().include(LOCAL, "PD");
  private static final CodeSet INTRAVENOUS = new CodeSet().include(SNOMED, "47625008");
  private static final CodeSet ORAL = new CodeSet().include(SNOMED, "26643006");

  private static final CodeSet PROSTATE_CANCER =
      new CodeSet().include(ICD10, "C61").include(SNOMED, "399068003");
  private static final CodeSet METASTASIS =
      new CodeSet().include(ICD10, "C77-C79").include(SNOMED, "94381002", "94222008");
  private static final CodeSet LIVER_METASTASIS =
      new CodeSet().include(ICD10, "C78.7").include(SNOMED, "94381002");
  private static final CodeSet CARCINOMA_IN_SITU = new CodeSet().include(ICD10, "D00-D09");
  private static final CodeSet OTHER_MALIGNANCY =
      new CodeSet().include(ICD10, "C00-C96", "D00-D09").exclude(ICD10, "C61", "D07.5", "C77-C79");
  private static final CodeSet INFECTION =
      new CodeSet()
          .include(ICD10, "A00-B89", "B99", "J00-J22", "N39.0", "L03")
          .exclude(ICD10, "B18.0", "B18.1", "B18");
  private static final CodeSet AUTOIMMUNE =
      new CodeSet()
          .include(
              ICD10, "M05", "M06", "M32", "M33", "M34", "M35.0", "K50", "K51", "E05.0", "E06.3",
              "G35", "G70.0", "L40", "D69.3");
  private static final CodeSet CHRONIC_HEPATITIS_B = new CodeSet().include(ICD10, "B18.0", "B18.1");
  private static final CodeSet HBV_CARRIER =
      new CodeSet().include(ICD10, "Z22.5", "B18.0", "B18.1");
  private static final CodeSet HEPATITIS_C =
      new CodeSet().include(ICD10, "B17.1", "B18.2", "B19.2");

  private static final CodeSet CELL_THERAPY =
      new CodeSet()
          .include(ATC, "L01XL", "L01XX70", "L01XX71", "L03AX17")
          .include(LOCAL, "cik-cell-therapy", "nk-cell-therapy", "dc-vaccine", "t-cell-therapy");
  private static final CodeSet ANTI_INFECTIVE =
      new CodeSet().include(ATC, "J01", "J02", "J04", "J05", "P01AB01", "A07AA09", "A07AA12");
  private static final CodeSet ANTIBIOTIC =
      new CodeSet().include(ATC, "J01", "J04", "P01AB01", "A07AA09", "A07AA12");
  private static final CodeSet IMMUNOSUPPRESSANT = new CodeSet().include(ATC, "L04");
  private static final CodeSet SYSTEMIC_GLUCOCORTICOID = new CodeSet().include(ATC, "H02AB");
  private static final CodeSet HEPATITIS_B_TREATMENT = new CodeSet().include(ATC, "J05AF", "L03AB");
  private static final CodeSet BIOLOGIC_HYPERSENSITIVITY =
      new CodeSet()
          .include(
              ATC, "L01F", "L01XC", "L03AA", "L03AB", "L03AC", "L04AB", "L04AC", "L04AG", "L04AJ01",
              "L04AJ02", "L04AJ04", "L04AA02", "L04AA03", "L04AA04", "L04AA21", "L04AA23",
              "L04AA24", "L04AA25", "L04AA26", "L04AA28", "L04AA33", "L04AA34", "L04AA36",
              "L04AA43", "J06B", "A10A", "B03XA01", "B03XA02", "B03XA03", "B01AD", "A16AB",
              "L01XX02", "L01XX24");

  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal TWO = new BigDecimal("2");

  /**
   * Screens one patient on one date. Stateless: one instance may screen from any number of threads.
   */
  public HandWrittenResult screen(PatientRecord patient, LocalDate screening) {
    PatientData data = new PatientData(patient, screening);
    LocalDate labsFrom = screening.minusDays(28);
    Map<String, TruthValue> out = new LinkedHashMap<>();

    // Definitions read by more than one criterion.
    List<Found<Observation>> boneScans = data.observations(BONE_SCAN_NEW_LESIONS.codes);
    TruthValue activeInfection =
        existsWhere(atScreening(data.conditions(INFECTION), data), c -> active(c));
    List<Found<MedicationUse>> antiInfectives = data.medications(ANTI_INFECTIVE);
    List<Found<MedicationUse>> antibiotics = data.medications(ANTIBIOTIC);

    out.put("I1", Tri.and(ageAtLeast(patient, screening, 18), sexIsMale(patient)));

    TruthValue castrate = castrateTestosterone(data);
    TruthValue metastatic =
        Tri.or(
            Tri.or(
                exists(data.conditions(METASTASIS)),
                existsWhere(boneScans, o -> BONE_SCAN_NEW_LESIONS.compare(o, Op.GE, ONE))),
            TruthValue.UNKNOWN);
    TruthValue progression =
        Tri.or(
            PsaProgression.of(
                Latest.within(data.observations(PSA.codes), screening.minusMonths(12), screening),
                PSA),
            radiographicProgression(data, boneScans));
    out.put(
        "I2",
        Tri.and(
            Tri.and(exists(data.conditions(PROSTATE_CANCER)), metastatic),
            Tri.and(castrate, progression)));
    out.put("I2a", castrate);
    out.put("I2b", progression);
    out.put("I3", Attested.answer(data, "expected-survival-6-months"));
    out.put("I4", ECOG.compare(latestWithin(data, ECOG, labsFrom), Op.LE, TWO));
    out.put("I5", psmaPositive(data));
    out.put("I6", Attested.answer(data, "informed-consent"));

    out.put(
        "E1",
        Tri.or(exists(data.procedures(CELL_THERAPY)), exists(data.medications(CELL_THERAPY))));
    out.put(
        "E2",
        Tri.and(
            existsWhere(
                overlapping(data.conditions(OTHER_MALIGNANCY), screening.minusYears(5), data),
                c -> Tri.not(Tri.and(CARCINOMA_IN_SITU.in(c.codes()), resolved(c)))),
            Tri.not(Attested.answer(data, "malignancy-slow-progressing"))));

    TruthValue e3a =
        Tri.or(
            Tri.or(
                ANC.compare(latestWithin(data, ANC, labsFrom), Op.LT, new BigDecimal("1.5")),
                PLATELETS.compare(
                    latestWithin(data, PLATELETS, labsFrom), Op.LT, new BigDecimal("100"))),
            HEMOGLOBIN.compare(
                latestWithin(data, HEMOGLOBIN, labsFrom), Op.LT, new BigDecimal("9")));
    TruthValue liverMetastases =
        existsWhere(data.conditions(LIVER_METASTASIS), c -> Tri.not(resolved(c)));
    Observation alt = latestWithin(data, ALT, labsFrom);
    Observation ast = latestWithin(data, AST, labsFrom);
    TruthValue e3b =
        Tri.or(
            Tri.choose(
                liverMetastases,
                ALT.atLeastTimesUln(alt, new BigDecimal("5")),
                ALT.atLeastTimesUln(alt, new BigDecimal("2.5"))),
            Tri.choose(
                liverMetastases,
                AST.atLeastTimesUln(ast, new BigDecimal("5")),
                AST.atLeastTimesUln(ast, new BigDecimal("2.5"))));
    BigDecimal oneAndHalf = new BigDecimal("1.5");
    TruthValue e3c =
        CREATININE.atLeastTimesUln(latestWithin(data, CREATININE, labsFrom), oneAndHalf);
    TruthValue e3d =
        Tri.or(
            Tri.or(
                PT.atLeastTimesUln(latestWithin(data, PT, labsFrom), oneAndHalf),
                APTT.atLeastTimesUln(latestWithin(data, APTT, labsFrom), oneAndHalf)),
            INR.atLeastTimesUln(latestWithin(data, INR, labsFrom), oneAndHalf));
    out.put("E3", Tri.or(Tri.or(e3a, e3b), Tri.or(e3c, e3d)));
    out.put("E3a", e3a);
    out.put("E3b", e3b);
    out.put("E3c", e3c);
    out.put("E3d", e3d);

    TruthValue e4a =
        Tri.and(
            activeInfection,
            exists(
                where(usedAtScreening(antiInfectives, data), m -> givenForAnInfection(m, data))));
    TruthValue e4b =
        existsWhere(
            coursesWithin(
                where(antibiotics, m -> routeIn(m, INTRAVENOUS)),
                screening.minusWeeks(6),
                screening),
            course -> course.lastsAtLeast(7));
    TruthValue e4c =
        Tri.and(
            activeInfection,
            exists(
                coursesWithin(
                    where(antibiotics, m -> routeIn(m, ORAL)), screening.minusDays(7), screening)));
    out.put("E4", Tri.or(Tri.or(e4a, e4b), e4c));
    out.put("E4a", e4a);
    out.put("E4b", e4b);
    out.put("E4c", e4c);

    List<Found<Condition>> autoimmune = data.conditions(AUTOIMMUNE);
    out.put(
        "E5",
        Tri.or(
            existsWhere(autoimmune, c -> active(c)),
            Tri.and(exists(autoimmune), longTermImmunosuppression(data))));
    out.put("E6", exists(participationsSince(data, screening.minusMonths(3))));
    out.put("E7", Tri.not(Attested.answer(data, "able-to-use-contraception")));
    out.put("E8", exists(data.allergies(BIOLOGIC_HYPERSENSITIVITY)));
    TruthValue untreatedHepatitisB =
        Tri.and(
            existsWhere(data.conditions(CHRONIC_HEPATITIS_B), c -> active(c)),
            Tri.not(exists(usedAtScreening(data.medications(HEPATITIS_B_TREATMENT), data))));
    TruthValue carrierWithHighLoad =
        Tri.and(
            existsWhere(data.conditions(HBV_CARRIER), c -> Tri.not(resolved(c))),
            HBV_DNA.compare(latestWithin(data, HBV_DNA, labsFrom), Op.GE, new BigDecimal("1000")));
    out.put(
        "E9",
        Tri.or(
            Tri.or(untreatedHepatitisB, carrierWithHighLoad),
            existsWhere(data.conditions(HEPATITIS_C), c -> active(c))));
    out.put("E10", Attested.answer(data, "investigator-deems-unsuitable"));
    return new HandWrittenResult(verdict(out), out);
  }

  private static Verdict verdict(Map<String, TruthValue> outcomes) {
    boolean decided = true;
    for (Map.Entry<String, TruthValue> e : outcomes.entrySet()) {
      String id = e.getKey();
      if (!Character.isDigit(id.charAt(id.length() - 1))) {
        continue; // a part (I2a, E3b): the verdict reads top-level criteria only
      }
      TruthValue against = id.startsWith("I") ? TruthValue.FALSE : TruthValue.TRUE;
      if (e.getValue() == against) {
        return Verdict.INELIGIBLE;
      }
      decided &= e.getValue() != TruthValue.UNKNOWN;
    }
    return decided ? Verdict.ELIGIBLE : Verdict.NEEDS_REVIEW;
  }

  private static TruthValue ageAtLeast(PatientRecord patient, LocalDate screening, int years) {
    if (patient.birthDate() != null) {
      LocalDate birth = patient.birthDate();
      return birth.isAfter(screening)
          ? TruthValue.UNKNOWN
          : TruthValue.of(Period.between(birth, screening).getYears() >= years);
    }
    if (patient.partialBirthDate() == null
        || patient.partialBirthDate().first().isAfter(screening)) {
      return TruthValue.UNKNOWN;
    }
    LocalDate latest =
        patient.partialBirthDate().last().isAfter(screening)
            ? screening
            : patient.partialBirthDate().last();
    boolean oldest =
        Period.between(patient.partialBirthDate().first(), screening).getYears() >= years;
    boolean youngest = Period.between(latest, screening).getYears() >= years;
    return oldest == youngest ? TruthValue.of(oldest) : TruthValue.UNKNOWN;
  }

  private static TruthValue sexIsMale(PatientRecord patient) {
    if (patient.sex() == Sex.MALE || patient.sex() == Sex.FEMALE) {
      return TruthValue.of(patient.sex() == Sex.MALE);
    }
    return TruthValue.UNKNOWN;
  }

  private static TruthValue castrateTestosterone(PatientData data) {
    Observation latest = latestWithin(data, TESTOSTERONE, data.screening.minusDays(90));
    return Tri.or(
        TESTOSTERONE.compare(latest, Op.LT, new BigDecimal("50")),
        TESTOSTERONE.compare(
            latest, Op.LT, new BigDecimal("1.7").multiply(new BigDecimal("28.842"))));
  }

  private static TruthValue radiographicProgression(
      PatientData data, List<Found<Observation>> boneScans) {
    LocalDate from = data.screening.minusMonths(12);
    List<Found<Observation>> scans = Latest.within(boneScans, from, data.screening);
    List<Found<Observation>> recist =
        Latest.within(data.observations(RECIST_RESPONSE), from, data.screening);
    TruthValue none = Tri.and(Tri.not(exists(scans)), Tri.not(exists(recist)));
    TruthValue progressed =
        Tri.or(
            existsWhere(scans, o -> BONE_SCAN_NEW_LESIONS.compare(o, Op.GE, TWO)),
            existsWhere(recist, o -> codedIn(o, PROGRESSIVE_DISEASE)));
    return Tri.choose(none, TruthValue.UNKNOWN, progressed);
  }

  private static TruthValue psmaPositive(PatientData data) {
    Observation latest = Latest.of(data.observations(PSMA_EXPRESSION));
    TruthValue positive = codedIn(latest, POSITIVE);
    TruthValue negative = codedIn(latest, NEGATIVE);
    return Tri.choose(
        positive, TruthValue.TRUE, Tri.choose(negative, TruthValue.FALSE, TruthValue.UNKNOWN));
  }

  private static TruthValue longTermImmunosuppression(PatientData data) {
    TruthValue immunosuppressant =
        existsWhere(
            TreatmentCourse.of(data.medications(IMMUNOSUPPRESSANT), data.screening),
            c -> c.lastsAtLeast(90));
    TruthValue glucocorticoid =
        existsWhere(
            TreatmentCourse.of(data.medications(SYSTEMIC_GLUCOCORTICOID), data.screening),
            c -> Tri.and(c.lastsAtLeast(90), c.reasonIn(AUTOIMMUNE, data)));
    return Tri.or(immunosuppressant, glucocorticoid);
  }

  private static Observation latestWithin(PatientData data, Lab lab, LocalDate from) {
    return Latest.of(Latest.within(data.observations(lab.codes), from, data.screening));
  }

  private static TruthValue codedIn(Observation o, CodeSet codes) {
    if (o == null || !(o.value() instanceof ObservationValue.CodedValue)) {
      return TruthValue.UNKNOWN;
    }
    return codes.in(((ObservationValue.CodedValue) o.value()).codings());
  }

  /** Given for an infection, or with no stated reason (read as given for the active infection). */
  private static TruthValue givenForAnInfection(MedicationUse use, PatientData data) {
    List<Coding> reasons = new ArrayList<>(use.reasonCodes());
    for (RecordRef ref : use.reasonRefs()) {
      Condition c = data.condition(ref);
      if (c != null) {
        reasons.addAll(c.codes());
      }
    }
    return reasons.isEmpty() ? TruthValue.TRUE : INFECTION.in(reasons);
  }

  private static TruthValue routeIn(MedicationUse use, CodeSet routes) {
    return use.routes().isEmpty() ? TruthValue.UNKNOWN : routes.in(use.routes());
  }

  private static TruthValue active(Condition c) {
    return c.clinicalStatus() == null
        ? TruthValue.UNKNOWN
        : TruthValue.of(c.clinicalStatus().isActive());
  }

  private static TruthValue resolved(Condition c) {
    return c.clinicalStatus() == null
        ? TruthValue.UNKNOWN
        : TruthValue.of(c.clinicalStatus() == ClinicalStatus.RESOLVED);
  }

  /** Conditions whose period (onset to abatement, or to screening) overlaps [from, screening]. */
  private static List<Found<Condition>> overlapping(
      List<Found<Condition>> found, LocalDate from, PatientData data) {
    return where(
        found, c -> Dated.overlaps(c.onset(), c.abatement(), from, data.screening, data.screening));
  }

  private static List<Found<Condition>> atScreening(
      List<Found<Condition>> found, PatientData data) {
    return overlapping(found, data.screening, data);
  }

  private static List<Found<MedicationUse>> usedAtScreening(
      List<Found<MedicationUse>> found, PatientData data) {
    return where(
        found,
        m ->
            m.period() == null
                ? TruthValue.UNKNOWN
                : Dated.overlaps(
                    m.period().start(),
                    m.period().end(),
                    data.screening,
                    data.screening,
                    data.screening));
  }

  private static List<Found<TreatmentCourse>> coursesWithin(
      List<Found<MedicationUse>> uses, LocalDate from, LocalDate screening) {
    return where(TreatmentCourse.of(uses, screening), c -> c.overlaps(from, screening, screening));
  }

  private static List<Found<ResearchParticipation>> participationsSince(
      PatientData data, LocalDate from) {
    return where(
        data.otherStudies(PROTOCOL_ID),
        r ->
            r.period() == null
                ? TruthValue.UNKNOWN
                : Dated.overlaps(
                    r.period().start(), r.period().end(), from, data.screening, data.screening));
  }

  /** The records for which the test holds; those for which it is unknown become maybe. */
  private static <T> List<Found<T>> where(List<Found<T>> found, Function<T, TruthValue> test) {
    List<Found<T>> kept = new ArrayList<>();
    for (Found<T> f : found) {
      TruthValue t = test.apply(f.item());
      if (t == TruthValue.TRUE) {
        kept.add(f);
      } else if (t == TruthValue.UNKNOWN) {
        kept.add(f.atMostMaybe());
      }
    }
    return kept;
  }

  private static <T> TruthValue existsWhere(List<Found<T>> found, Function<T, TruthValue> test) {
    return exists(where(found, test));
  }

  /** True when a record surely belongs, unknown when some only may, false when there is none. */
  private static <T> TruthValue exists(List<Found<T>> found) {
    for (Found<T> f : found) {
      if (f.isSure()) {
        return TruthValue.TRUE;
      }
    }
    return found.isEmpty() ? TruthValue.FALSE : TruthValue.UNKNOWN;
  }
}
