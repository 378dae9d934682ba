package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.Screening;
import dev.eligo.runtime.ScreeningInput;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.internal.time.Elapsed;
import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationComponent;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.result.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One patient screened on one date: reads the record for the concepts a protocol declares, applying
 * the data dictionary's rules on records that never count in one place. Created per evaluation and
 * used by one thread; generated evaluators themselves stay stateless.
 */
public final class Evaluation {
  private static final BitSet NO_OBSERVATIONS = new BitSet();

  private final ProtocolInfo protocol;
  private final PatientRecord patient;
  private final LocalDate screeningDate;
  private final Admission admission;
  private final Object[] remembered;

  /** The code systems the protocol declares, or null to judge each concept by its own systems. */
  private final List<CodeSystemRef> protocolSystems;

  private final Screening screening;
  private Value<LocalDate> screeningValue;
  private Value<ResearchParticipation> enrolment;
  private String everWhere;
  // Sized for the forty-odd concepts a protocol reads, so that it is not rehashed on the way.
  private final Map<Object, Items<?>> byConcept = new java.util.IdentityHashMap<>(42);
  private Origin records;
  private List<Evidence> spareNotes;
  // By length (compared by identity: a criteria file's durations are constants of its class).
  private Derived windowsBefore;
  // The pair of each item with the one after it, shared by every run of a list (Lists.pairs).
  private Map<Object, Member<?>> pairsByEarlier;
  private List<Observation> sortedObservations;
  private Map<String, BitSet> observationsByCode;
  private BitSet uncodedObservations;
  private List<Condition> sortedConditions;
  private List<MedicationUse> sortedMedications;
  private List<Procedure> sortedProcedures;
  private List<Allergy> sortedAllergies;
  private Map<RecordRef, String> unreadable;
  private int steps;

  /**
   * An evaluation with room for {@code memoSlots} remembered values: the generated evaluator's
   * definitions and parts, each computed once per patient.
   */
  public Evaluation(
      ProtocolInfo protocol,
      List<CodeSystemRef> protocolSystems,
      PatientRecord patient,
      LocalDate screeningDate,
      int memoSlots) {
    this(protocol, protocolSystems, patient, Screening.on(screeningDate), memoSlots);
  }

  /**
   * An evaluation for a screening with inputs besides the date.
   *
   * @throws IllegalArgumentException when the inputs do not match those the protocol declares
   */
  public Evaluation(
      ProtocolInfo protocol,
      List<CodeSystemRef> protocolSystems,
      PatientRecord patient,
      Screening screening,
      int memoSlots) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    List<String> problems = screening.problemsFor(protocol);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    this.protocolSystems = protocolSystems == null ? null : List.copyOf(protocolSystems);
    this.patient = Objects.requireNonNull(patient, "patient");
    this.screening = screening;
    this.screeningDate = screening.date();
    this.admission = new Admission(screeningDate, protocol.id());
    this.remembered = new Object[memoSlots];
  }

  /**
   * An evaluation that judges each concept by its own code systems and remembers nothing: for code
   * that reads concepts directly rather than through a generated evaluator.
   */
  public Evaluation(ProtocolInfo protocol, PatientRecord patient, LocalDate screeningDate) {
    this(protocol, null, patient, screeningDate, 0);
  }

  /** The value remembered in a slot, or null when this evaluation has not computed it yet. */
  @SuppressWarnings("unchecked")
  public <T> T recall(int slot) {
    checkCancelled();
    return (T) remembered[slot];
  }

  /** Remembers a definition's value for the rest of this evaluation, and gives it back. */
  public <T> T remember(int slot, T value) {
    remembered[slot] = Objects.requireNonNull(value, "value");
    return value;
  }

  public LocalDate screeningDate() {
    return screeningDate;
  }

  /** The screening date as a value of the criteria: {@code screening}. */
  public Value<LocalDate> screening() {
    if (screeningValue == null) {
      screeningValue =
          Value.known(screeningDate, () -> "the screening date " + screeningDate, Evidence.none());
    }
    return screeningValue;
  }

  /**
   * The value of a screening input: a {@code LocalDate}, a {@code Quantity} (a number has unit 1, a
   * quantity its declared unit) or {@code Codes}; unknown when the screening gave it as {@code
   * unknown}. The constructor checked that every input is there and readable.
   */
  @SuppressWarnings("unchecked")
  public <T> Value<T> input(InputConcept input) {
    ScreeningInput given = screening.input(input.info());
    if (given.isUnknown()) {
      return Value.unknown(
          input.label() + " is not decided (screening input)",
          List.of(missing(input)),
          Evidence.none());
    }
    String shown = input.label() + " " + given.text() + " (screening input)";
    Object value;
    switch (input.kind()) {
      case DATE:
        value = given.date();
        break;
      case NUMBER:
        value = Quantity.number(given.amount());
        break;
      case QUANTITY:
        value = Quantity.of(given.amount(), input.unit());
        break;
      case CODE:
        value = Codes.of(Coding.of(input.system().uris().get(0), given.code()));
        break;
      case TRUTH:
        throw new IllegalArgumentException(input.name() + " is a truth: read it with inputTruth");
      default:
        throw new AssertionError(input.kind());
    }
    return (Value<T>) Value.known(value, shown, Evidence.none()).labelled(input.label());
  }

  /** The value of a true-or-false screening input. */
  public Truth inputTruth(InputConcept input) {
    ScreeningInput given = screening.input(input.info());
    if (given.isUnknown()) {
      return Truth.unknown(
          input.label() + " is not decided (screening input)",
          List.of(missing(input)),
          Evidence.none());
    }
    return Truth.of(given.truth(), input.label() + " (screening input)", Evidence.none());
  }

  private static Missing missing(InputConcept input) {
    return new Missing(input.label(), "(screening input " + input.name() + ")");
  }

  public ProtocolInfo protocol() {
    return protocol;
  }

  public PatientRecord patient() {
    return patient;
  }

  /** Where every record of the evaluation is looked for: {@code on or before 2026-11-24}. */
  String everWhere() {
    if (everWhere == null) {
      everWhere = "on or before " + screeningDate;
    }
    return everWhere;
  }

  /** The counting observations of a concept dated on or before screening, oldest first. */
  public Items<Observation> observations(ObservationConcept concept) {
    return cached(concept, () -> readObservations(concept));
  }

  // A criteria file reads a concept from several criteria (labWindow labs, PSA): read it once per
  // patient. Concepts are the evaluator's constants, so identity is the right key.
  @SuppressWarnings("unchecked")
  private <T> Items<T> cached(Object concept, Supplier<Items<T>> read) {
    checkCancelled();
    Items<?> items = byConcept.get(concept);
    if (items == null) {
      items = read.get();
      byConcept.put(concept, items);
    }
    return (Items<T>) items;
  }

  // Sorted once and indexed by code once per evaluation: a protocol reads twenty concepts from a
  // record that may hold thousands of observations (docs/benchmarks.md).
  private List<Observation> observationsByDate() {
    if (sortedObservations == null) {
      sortedObservations = byDate(patient.observations(), Observation::effective, Observation::ref);
    }
    return sortedObservations;
  }

  /**
   * The positions in {@link #observationsByDate()} of the observations that may be in the value set
   * (those with one of its codes, and those whose codes could not be read), or null when it must
   * test every one.
   */
  private BitSet candidates(ValueSet codes) {
    java.util.Optional<java.util.Set<String>> exactCodes = codes.exactCodes();
    if (exactCodes.isEmpty()) {
      return null;
    }
    if (observationsByCode == null) {
      indexObservations();
    }
    BitSet found = uncodedObservations.isEmpty() ? null : (BitSet) uncodedObservations.clone();
    boolean shared = false;
    for (String code : exactCodes.get()) {
      BitSet withCode = observationsByCode.get(code);
      if (withCode == null) {
        continue;
      }
      if (found == null) {
        found = withCode; // only read, unless another code adds to it
        shared = true;
      } else {
        if (shared) {
          found = (BitSet) found.clone();
          shared = false;
        }
        found.or(withCode);
      }
    }
    return found == null ? NO_OBSERVATIONS : found;
  }

  // By code alone, in date order: the value set still checks each candidate's system.
  private void indexObservations() {
    observationsByCode = new HashMap<>();
    uncodedObservations = new BitSet();
    List<Observation> sorted = observationsByDate();
    for (int i = 0; i < sorted.size(); i++) {
      List<Coding> codes = sorted.get(i).codes();
      if (codes.isEmpty()) {
        uncodedObservations.set(i);
      }
      for (int j = 0; j < codes.size(); j++) {
        index(codes.get(j), i);
      }
      List<ObservationComponent> parts = sorted.get(i).components();
      for (int j = 0; j < parts.size(); j++) {
        for (Coding c : parts.get(j).codes()) {
          index(c, i);
        }
      }
    }
  }

  private void index(Coding c, int position) {
    observationsByCode.computeIfAbsent(c.code().trim(), k -> new BitSet()).set(position);
  }

  /**
   * The window of {@code length} before the screening date: made once per evaluation, for every
   * list looked for in it.
   */
  Windows.ScreeningWindow windowBefore(CalendarDuration length) {
    if (windowsBefore == null) {
      windowsBefore = new Derived();
    }
    Windows.ScreeningWindow known = (Windows.ScreeningWindow) windowsBefore.get(length);
    if (known == null) {
      known = Windows.ScreeningWindow.before(screeningDate, length);
      windowsBefore.put(length, known);
    }
    return known;
  }

  /**
   * The pair of two consecutive items, as a member that surely belongs: the same object each time
   * it is asked for with the same two items and origin, so that what a test says of it is worked
   * out once (see Lists.pairs).
   */
  @SuppressWarnings("unchecked")
  <T> Member<Pair<T>> pair(T earlier, T later, Origin origin) {
    if (pairsByEarlier == null) {
      pairsByEarlier = new java.util.IdentityHashMap<>();
    }
    Member<Pair<T>> known = (Member<Pair<T>>) pairsByEarlier.get(earlier);
    if (known != null && known.item().later() == later && known.item().origin() == origin) {
      return known;
    }
    Member<Pair<T>> made = Member.definite(new Pair<>(earlier, later, origin));
    pairsByEarlier.put(earlier, made);
    return made;
  }

  private Items<Observation> readObservations(ObservationConcept concept) {
    Origin origin = new Origin(this, concept, null);
    List<Observation> sorted = observationsByDate();
    BitSet candidates = candidates(concept.codes());
    // Nearly every candidate is admitted; parts of results add to the list when they are.
    List<Member<Observation>> members =
        candidates == null ? new ArrayList<>() : new ArrayList<>(candidates.cardinality());
    List<Evidence> evidence = takeNotes();
    int i = candidates == null ? 0 : candidates.nextSetBit(0);
    for (;
        i >= 0 && i < sorted.size();
        i = candidates == null ? i + 1 : candidates.nextSetBit(i + 1)) {
      Observation o = sorted.get(i);
      step();
      // What an observation measured is in its codes: without readable codes it may be any concept.
      if (concept.codes().containsAny(o.codes())
          || o.codes().isEmpty() && unreadable(o.ref()) != null) {
        admitObservation(concept, o, o, members, evidence);
      }
      // A part of a result reported in parts (systolic pressure of a blood pressure) is read as an
      // observation of its own code.
      List<ObservationComponent> parts = o.components();
      for (int j = 0; j < parts.size(); j++) {
        if (concept.codes().containsAny(parts.get(j).codes())) {
          admitObservation(concept, o.part(parts.get(j)), o, members, evidence);
        }
      }
    }
    List<Member<Observation>> kept = Revisions.replaceAmended(members, evidence);
    return Items.keeping(concept.label(), everWhere(), kept, givenBack(evidence), origin);
  }

  private void admitObservation(
      ObservationConcept concept,
      Observation o,
      Observation whole,
      List<Member<Observation>> members,
      List<Evidence> evidence) {
    Observation read = o;
    java.util.Optional<String> unusable = ValueChecks.problem(o, concept);
    if (unusable.isPresent()) {
      read = ValueChecks.unusable(o, unusable.get());
      evidence.add(Evidence.unusable(o.ref(), unusable.get()));
    }
    admit(
        concept.label(),
        read,
        o.ref(),
        readable(o.ref(), admission.observation(whole)),
        members,
        evidence);
  }

  /**
   * The counting conditions of a concept; SNOMED-only records of an ICD-10 concept are
   * unclassified.
   */
  public Items<Condition> conditions(RecordConcept concept) {
    if (sortedConditions == null) {
      sortedConditions = byDate(patient.conditions(), Condition::onset, Condition::ref);
    }
    return cached(
        concept,
        () ->
            classify(
                concept, sortedConditions, Condition::codes, Condition::ref, admission::condition));
  }

  /** The counting medication uses of a concept. */
  public Items<MedicationUse> medications(RecordConcept concept) {
    if (sortedMedications == null) {
      sortedMedications =
          byDate(
              patient.medications(),
              m -> m.period() == null ? null : m.period().start(),
              MedicationUse::ref);
    }
    return cached(
        concept,
        () ->
            classify(
                concept,
                sortedMedications,
                MedicationUse::codes,
                MedicationUse::ref,
                admission::medication));
  }

  /** The counting procedures of a concept. */
  public Items<Procedure> procedures(RecordConcept concept) {
    if (sortedProcedures == null) {
      sortedProcedures =
          byDate(
              patient.procedures(),
              p -> p.performed() == null ? null : p.performed().start(),
              Procedure::ref);
    }
    return cached(
        concept,
        () ->
            classify(
                concept, sortedProcedures, Procedure::codes, Procedure::ref, admission::procedure));
  }

  /** The counting allergies and intolerances of a concept. */
  public Items<Allergy> allergies(RecordConcept concept) {
    if (sortedAllergies == null) {
      sortedAllergies = byDate(patient.allergies(), Allergy::recorded, Allergy::ref);
    }
    return cached(
        concept,
        () -> classify(concept, sortedAllergies, Allergy::codes, Allergy::ref, admission::allergy));
  }

  /** The counting specimens of a concept, known by their type. */
  public Items<Specimen> specimens(RecordConcept concept) {
    return cached(
        concept,
        () ->
            classify(
                concept,
                byDate(patient.specimens(), Specimen::collected, Specimen::ref),
                Specimen::codes,
                Specimen::ref,
                admission::specimen));
  }

  /** The counting immunizations of a concept, known by their vaccine codes. */
  public Items<Immunization> immunizations(RecordConcept concept) {
    return cached(
        concept,
        () ->
            classify(
                concept,
                byDate(patient.immunizations(), Immunization::occurred, Immunization::ref),
                Immunization::codes,
                Immunization::ref,
                admission::immunization));
  }

  /** The counting encounters of a concept, known by their class and type. */
  public Items<Encounter> encounters(RecordConcept concept) {
    return cached(
        concept,
        () ->
            classify(
                concept,
                byDate(
                    patient.encounters(),
                    e -> e.period() == null ? null : e.period().start(),
                    Encounter::ref),
                Evaluation::encounterCodes,
                Encounter::ref,
                admission::encounter));
  }

  /** The counting diagnostic reports of a concept, known by their code. */
  public Items<DiagnosticReport> reports(RecordConcept concept) {
    return cached(
        concept,
        () ->
            classify(
                concept,
                byDate(patient.reports(), DiagnosticReport::date, DiagnosticReport::ref),
                DiagnosticReport::codes,
                DiagnosticReport::ref,
                admission::report));
  }

  /** The counting imaging studies of a concept, known by their procedure codes and modalities. */
  public Items<ImagingStudy> imagingStudies(RecordConcept concept) {
    return cached(
        concept,
        () ->
            classify(
                concept,
                byDate(patient.imagingStudies(), ImagingStudy::started, ImagingStudy::ref),
                Evaluation::imagingCodes,
                ImagingStudy::ref,
                admission::imaging));
  }

  private static List<Coding> encounterCodes(Encounter e) {
    List<Coding> codes = new ArrayList<>(e.classes());
    codes.addAll(e.types());
    return codes;
  }

  private static List<Coding> imagingCodes(ImagingStudy i) {
    List<Coding> codes = new ArrayList<>(i.codes());
    codes.addAll(i.modalities());
    return codes;
  }

  /**
   * The patient's participation in this protocol's own study (a ResearchSubject whose study has the
   * protocol's id): the latest by start when there are several; unknown when there is none. Its
   * dates and status are what criteria anchor on ({@code enrolment.start}).
   */
  public Value<ResearchParticipation> enrolment() {
    checkCancelled();
    if (enrolment == null) {
      enrolment = readEnrolment();
    }
    return enrolment;
  }

  private Value<ResearchParticipation> readEnrolment() {
    String label = "enrolment in " + protocol.id();
    List<Member<ResearchParticipation>> members = new ArrayList<>();
    for (ResearchParticipation r :
        byDate(
            patient.participations(),
            p -> p.period() == null ? null : p.period().start(),
            ResearchParticipation::ref)) {
      step();
      String problem = unreadable(r.ref());
      if (r.studyIdentifiers().contains(protocol.id())) {
        members.add(
            problem == null
                ? Member.definite(r)
                : Member.possible(
                    r,
                    "not all of it could be read: " + problem,
                    List.of(new Missing(label, "as recorded in " + r.ref()))));
      } else if (r.studyIdentifiers().isEmpty() && problem != null) {
        members.add(
            Member.possible(
                r,
                "its study could not be read: " + problem,
                List.of(new Missing(label, "as recorded in " + r.ref()))));
      }
    }
    Items<ResearchParticipation> own =
        new Items<>(label, "", members, Evidence.none(), new Origin(this, null, null));
    return Lists.latest(own).labelled(label);
  }

  /** The patient's counting participations in studies other than this protocol's own. */
  public Items<ResearchParticipation> participations(ParticipationConcept concept) {
    List<Member<ResearchParticipation>> members = new ArrayList<>();
    List<Evidence> evidence = takeNotes();
    for (ResearchParticipation r :
        byDate(
            patient.participations(),
            p -> p.period() == null ? null : p.period().start(),
            ResearchParticipation::ref)) {
      step();
      admit(
          concept.label(),
          r,
          r.ref(),
          readable(r.ref(), admission.participation(r)),
          members,
          evidence);
    }
    return Items.keeping(
        concept.label(), everWhere(), members, givenBack(evidence), recordsOrigin());
  }

  /** The latest counting answer to an attestation authored on or before screening. */
  public Truth attestation(AttestationConcept concept) {
    checkCancelled();
    return Attestations.latest(
        concept,
        patient.attestations(),
        screeningDate,
        new Missing(concept.label(), everWhere()),
        this::unreadable);
  }

  /** The patient's age at screening in whole calendar years. */
  public Value<Elapsed> age() {
    return ageOn(screeningDate, "the screening date");
  }

  /** The patient's age on a date the criteria name (a registration date), in whole years. */
  public Value<Elapsed> ageAt(Value<LocalDate> date) {
    if (!date.isKnown()) {
      return Value.<Elapsed>unknown(
              "the date of the age is unknown: " + date.describe(), date.missing(), date.evidence())
          .labelled("age at " + date.describe());
    }
    return ageOn(date.get(), date.get().toString()).withEvidence(date.evidence());
  }

  private Value<Elapsed> ageOn(LocalDate day, String dayName) {
    Supplier<String> label = () -> "age at " + day;
    LocalDate birth = patient.birthDate();
    RecordDate partial = patient.partialBirthDate();
    if (birth == null && partial != null && !partial.first().isAfter(day)) {
      // Born in 1950: every comparison that holds for all of 1950's days is decided.
      LocalDate latest = partial.last().isAfter(day) ? day : partial.last();
      Elapsed age = Elapsed.betweenAnyOf(partial.first(), latest, day);
      return Value.known(age, () -> age + " (born " + partial + ")", Evidence.none())
          .labelled(label);
    }
    if (birth == null) {
      return Value.<Elapsed>unknown(
              "no birth date recorded", List.of(new Missing("birth date", "")), Evidence.none())
          .labelled(label);
    }
    if (birth.isAfter(day)) {
      return Value.<Elapsed>unknown(
              () -> "birth date " + birth + " is after " + dayName,
              List.of(new Missing("birth date", "")),
              Evidence.none())
          .labelled(label);
    }
    Elapsed age = Elapsed.between(birth, day);
    return Value.known(age, () -> age.wholeYears() + " years (born " + birth + ")", Evidence.none())
        .labelled(label);
  }

  /** Whether the patient's recorded sex is the one given; other or unknown sex is unknown. */
  public Truth sexIs(Sex sex) {
    Sex recorded = patient.sex();
    Supplier<String> statement =
        () -> "sex is " + sex.code() + " (recorded: " + recorded.code() + ")";
    if (recorded == Sex.MALE || recorded == Sex.FEMALE) {
      return Truth.of(recorded == sex, statement, Evidence.none());
    }
    return Truth.unknown(statement, List.of(new Missing("sex", "")), Evidence.none());
  }

  /** A condition of the patient's record, by reference, unless it never counts. */
  Optional<Condition> condition(RecordRef ref) {
    List<Condition> conditions = patient.conditions();
    for (int i = 0; i < conditions.size(); i++) {
      Condition c = conditions.get(i);
      if (c.ref().equals(ref) && admission.condition(c).kind() != Admission.Kind.IGNORED) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Records of one kind, already in date order, classified by the concept's value set. */
  private <T> Items<T> classify(
      RecordConcept concept,
      List<T> sorted,
      Function<T, List<Coding>> codes,
      Function<T, RecordRef> ref,
      Function<T, Admission.Decision> admit) {
    List<Member<T>> members = new ArrayList<>();
    List<Evidence> evidence = takeNotes();
    ValueSet valueSet = concept.codes();
    for (int i = 0; i < sorted.size(); i++) {
      T record = sorted.get(i);
      step();
      List<Coding> codings = codes.apply(record);
      RecordRef recordRef = ref.apply(record);
      // A record that could not be read in full may be any concept its codes allow: all of them
      // when it has no readable code.
      if (valueSet.containsAny(codings) || (codings.isEmpty() && unreadable(recordRef) != null)) {
        admit(
            concept.label(),
            record,
            recordRef,
            readable(recordRef, admit.apply(record)),
            members,
            evidence);
      } else if (!classifies(concept, codings)) {
        Admission.Decision decision = admit.apply(record);
        if (decision.kind() == Admission.Kind.IGNORED) {
          evidence.add(Evidence.ignored(recordRef, decision.reason()));
        } else {
          String reason = unclassifiedReason(codings, judgedIn(concept));
          members.add(
              Member.unclassified(
                  record,
                  reason,
                  List.of(new Missing(concept.label(), "classification of " + recordRef))));
          evidence.add(Evidence.unclassified(recordRef, reason));
        }
      }
    }
    return Items.keeping(
        concept.label(), everWhere(), members, givenBack(evidence), recordsOrigin());
  }

  /** Where the records of the patient's record come from: this evaluation. */
  private Origin recordsOrigin() {
    if (records == null) {
      records = new Origin(this, null, null);
    }
    return records;
  }

  /**
   * Why a record could not be read in full (the problems the mapping reported on it that make it
   * unusable), or null when it was read as it is.
   */
  String unreadable(RecordRef ref) {
    if (patient.problems().isEmpty()) {
      return null;
    }
    if (unreadable == null) {
      unreadable = new HashMap<>();
      for (RecordProblem problem : patient.problems()) {
        if (problem.makesRecordUnusable()) {
          unreadable.merge(problem.ref(), problem.message(), (a, b) -> a + "; " + b);
        }
      }
    }
    return unreadable.get(ref);
  }

  /**
   * A decision made on what could be read, made no surer than possible when not all of it could.
   */
  private Admission.Decision readable(RecordRef ref, Admission.Decision decision) {
    String problem = unreadable(ref);
    if (problem == null || decision.kind() == Admission.Kind.IGNORED) {
      return decision;
    }
    return Admission.Decision.possible("not all of it could be read: " + problem);
  }

  /**
   * Stops an evaluation whose thread was interrupted: a screening that overruns its time budget is
   * cancelled this way, at the next record or definition it reads.
   */
  private void checkCancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException(
          "the screening of " + patient.id() + " was stopped");
    }
  }

  private void step() {
    if ((++steps & 0xFF) == 0) {
      checkCancelled();
    }
  }

  /**
   * A list for the notes of records read for one concept (ignored, unclassified, unusable): the
   * same list each time, most reads having none; a read inside another's gets a new one.
   */
  private List<Evidence> takeNotes() {
    List<Evidence> spare = spareNotes;
    spareNotes = null;
    return spare != null ? spare : new ArrayList<>(4);
  }

  /** The notes as evidence of their own, the list emptied to be taken again. */
  private Evidence givenBack(List<Evidence> notes) {
    Evidence evidence = Evidence.merge(notes);
    notes.clear();
    spareNotes = notes;
    return evidence;
  }

  private static <T> void admit(
      String label,
      T record,
      RecordRef ref,
      Admission.Decision decision,
      List<Member<T>> members,
      List<Evidence> evidence) {
    switch (decision.kind()) {
      case COUNTS:
        members.add(Member.definite(record));
        break;
      case POSSIBLE:
        List<Missing> missing =
            List.of(new Missing(label, "as recorded in " + ref + " (" + decision.reason() + ")"));
        members.add(
            decision.tentative()
                ? Member.tentative(record, decision.reason(), missing)
                : Member.possible(record, decision::reason, missing));
        break;
      case IGNORED:
        evidence.add(Evidence.ignored(ref, decision.reason()));
        break;
    }
  }

  /**
   * Whether a record's codes let the concept judge it: coded in a system the protocol declares (or,
   * for a concept classified by its own systems, in one of those). A record coded only in other
   * systems (a SNOMED diagnosis where the protocol reads ICD-10 only) is unclassified.
   */
  private boolean classifies(RecordConcept concept, List<Coding> codings) {
    return CodeSystemRef.anyIdentifies(judgedIn(concept), codings);
  }

  private List<CodeSystemRef> judgedIn(RecordConcept concept) {
    if (!concept.classifiedBy().isEmpty()) {
      return concept.classifiedBy();
    }
    return protocolSystems != null ? protocolSystems : concept.codes().systems();
  }

  private String unclassifiedReason(List<Coding> codings, List<CodeSystemRef> systems) {
    if (codings.isEmpty()) {
      return "no code recorded";
    }
    List<String> names = new ArrayList<>();
    systems.forEach(s -> names.add(s.name()));
    List<String> written = new ArrayList<>();
    codings.forEach(c -> written.add(c.system() + "|" + c.code()));
    String where =
        systems == protocolSystems ? "in no code system the protocol reads (" : "not in ";
    return "coded only as "
        + String.join(", ", written)
        + ", "
        + where
        + String.join(" or ", names)
        + (systems == protocolSystems ? ")" : "");
  }

  /** Records oldest first, undated last, ties by reference: the same order on every machine. */
  private static <T> List<T> byDate(
      List<T> records, Function<T, RecordDate> date, Function<T, RecordRef> ref) {
    List<T> sorted = new ArrayList<>(records);
    sorted.sort(
        Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ref));
    return sorted;
  }
}
