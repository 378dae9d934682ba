package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Evidence;

import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.internal.time.Elapsed;
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
 * One patient screened on one date: reads the record for the concepts a protocol declares,
 * applying the data dictionary's rules on records that never count in one place. Created per
 * evaluation and used by one thread; generated evaluators themselves stay stateless.
 */
public final class Evaluation {
  private static final BitSet NO_OBSERVATIONS = new BitSet();

  private final ProtocolInfo protocol;
  private final PatientRecord patient;
  private final LocalDate screeningDate;
  private final Admission admission;
  private final Object[] remembered;
  private Value<LocalDate> screening;
  private String everWhere;
  // Sized for the forty-odd concepts a protocol reads, so that it is not rehashed on the way.
  private final Map<Object, Items<?>> byConcept = new java.util.IdentityHashMap<>(42);
  private Origin records;
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
  public Evaluation(ProtocolInfo protocol, PatientRecord patient, LocalDate screeningDate, int memoSlots) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.patient = Objects.requireNonNull(patient, "patient");
    this.screeningDate = Objects.requireNonNull(screeningDate, "screeningDate");
    this.admission = new Admission(screeningDate, protocol.id());
    this.remembered = new Object[memoSlots];
  }

  /** An evaluation that remembers nothing, for code that computes no definition twice. */
  public Evaluation(ProtocolInfo protocol, PatientRecord patient, LocalDate screeningDate) {
    this(protocol, patient, screeningDate, 0);
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
    if (screening == null) {
      screening = Value.known(screeningDate, () -> "the screening date " + screeningDate, Evidence.none());
    }
    return screening;
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
   * The positions in {@link #observationsByDate()} of the observations that may be in the value
   * set (those with one of its codes, and those whose codes could not be read), or null when it
   * must test every one.
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
        Coding c = codes.get(j);
        observationsByCode.computeIfAbsent(c.code().trim(), k -> new BitSet()).set(i);
      }
    }
  }

  private Items<Observation> readObservations(ObservationConcept concept) {
    Origin origin = new Origin(this, concept, null);
    List<Member<Observation>> members = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    List<Observation> sorted = observationsByDate();
    BitSet candidates = candidates(concept.codes());
    int i = candidates == null ? 0 : candidates.nextSetBit(0);
    for (; i >= 0 && i < sorted.size(); i = candidates == null ? i + 1 : candidates.nextSetBit(i + 1)) {
      Observation o = sorted.get(i);
      step();
      boolean matches = concept.codes().containsAny(o.codes());
      // What an observation measured is in its codes: without readable codes it may be any concept.
      if (matches || (o.codes().isEmpty() && unreadable(o.ref()) != null)) {
        Observation read = o;
        java.util.Optional<String> unusable = ValueChecks.problem(o, concept);
        if (unusable.isPresent()) {
          read = ValueChecks.unusable(o, unusable.get());
          evidence.add(Evidence.unusable(o.ref(), unusable.get()));
        }
        admit(concept.label(), read, o.ref(), readable(o.ref(), admission.observation(o)), members, evidence);
      }
    }
    List<Member<Observation>> kept = Revisions.replaceAmended(members, evidence);
    return new Items<>(concept.label(), everWhere(), kept, Evidence.merge(evidence), origin);
  }

  /** The counting conditions of a concept; SNOMED-only records of an ICD-10 concept are unclassified. */
  public Items<Condition> conditions(RecordConcept concept) {
    if (sortedConditions == null) {
      sortedConditions = byDate(patient.conditions(), Condition::onset, Condition::ref);
    }
    return cached(concept, () -> classify(concept, sortedConditions, Condition::codes, Condition::ref,
        admission::condition));
  }

  /** The counting medication uses of a concept. */
  public Items<MedicationUse> medications(RecordConcept concept) {
    if (sortedMedications == null) {
      sortedMedications = byDate(patient.medications(), m -> m.period() == null ? null : m.period().start(),
          MedicationUse::ref);
    }
    return cached(concept, () -> classify(concept, sortedMedications, MedicationUse::codes, MedicationUse::ref,
        admission::medication));
  }

  /** The counting procedures of a concept. */
  public Items<Procedure> procedures(RecordConcept concept) {
    if (sortedProcedures == null) {
      sortedProcedures = byDate(patient.procedures(), p -> p.performed() == null ? null : p.performed().start(),
          Procedure::ref);
    }
    return cached(concept, () -> classify(concept, sortedProcedures, Procedure::codes, Procedure::ref,
        admission::procedure));
  }

  /** The counting allergies and intolerances of a concept. */
  public Items<Allergy> allergies(RecordConcept concept) {
    if (sortedAllergies == null) {
      sortedAllergies = byDate(patient.allergies(), Allergy::recorded, Allergy::ref);
    }
    return cached(concept, () -> classify(concept, sortedAllergies, Allergy::codes, Allergy::ref,
        admission::allergy));
  }

  /** The patient's counting participations in studies other than this protocol's own. */
  public Items<ResearchParticipation> participations(ParticipationConcept concept) {
    List<Member<ResearchParticipation>> members = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    for (ResearchParticipation r : byDate(patient.participations(),
        p -> p.period() == null ? null : p.period().start(), ResearchParticipation::ref)) {
      step();
      admit(concept.label(), r, r.ref(), readable(r.ref(), admission.participation(r)), members, evidence);
    }
    return new Items<>(concept.label(), everWhere(), members, Evidence.merge(evidence),
        recordsOrigin());
  }

  /** The latest counting answer to an attestation authored on or before screening. */
  public Truth attestation(AttestationConcept concept) {
    checkCancelled();
    return Attestations.latest(concept, patient.attestations(), screeningDate,
        new Missing(concept.label(), everWhere()), this::unreadable);
  }

  /** The patient's age at screening in whole calendar years. */
  public Value<Elapsed> age() {
    Supplier<String> label = () -> "age at " + screeningDate;
    LocalDate birth = patient.birthDate();
    RecordDate partial = patient.partialBirthDate();
    if (birth == null && partial != null && !partial.first().isAfter(screeningDate)) {
      // Born in 1950: every comparison that holds for all of 1950's days is decided.
      LocalDate latest = partial.last().isAfter(screeningDate) ? screeningDate : partial.last();
      Elapsed age = Elapsed.betweenAnyOf(partial.first(), latest, screeningDate);
      return Value.known(age, () -> age + " (born " + partial + ")", Evidence.none()).labelled(label);
    }
    if (birth == null) {
      return Value.<Elapsed>unknown("no birth date recorded", List.of(new Missing("birth date", "")),
          Evidence.none()).labelled(label);
    }
    if (birth.isAfter(screeningDate)) {
      return Value.<Elapsed>unknown(() -> "birth date " + birth + " is after the screening date",
          List.of(new Missing("birth date", "")), Evidence.none()).labelled(label);
    }
    Elapsed age = Elapsed.between(birth, screeningDate);
    return Value.known(age, () -> age.wholeYears() + " years (born " + birth + ")", Evidence.none())
        .labelled(label);
  }

  /** Whether the patient's recorded sex is the one given; other or unknown sex is unknown. */
  public Truth sexIs(Sex sex) {
    Sex recorded = patient.sex();
    Supplier<String> statement = () -> "sex is " + sex.code() + " (recorded: " + recorded.code() + ")";
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
      RecordConcept concept, List<T> sorted, Function<T, List<Coding>> codes, Function<T, RecordRef> ref,
      Function<T, Admission.Decision> admit) {
    List<Member<T>> members = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    ValueSet valueSet = concept.codes();
    for (int i = 0; i < sorted.size(); i++) {
      T record = sorted.get(i);
      step();
      List<Coding> codings = codes.apply(record);
      RecordRef recordRef = ref.apply(record);
      // A record that could not be read in full may be any concept its codes allow: all of them
      // when it has no readable code.
      if (valueSet.containsAny(codings) || (codings.isEmpty() && unreadable(recordRef) != null)) {
        admit(concept.label(), record, recordRef, readable(recordRef, admit.apply(record)), members, evidence);
      } else if (!valueSet.classifies(codings)) {
        Admission.Decision decision = admit.apply(record);
        if (decision.kind() == Admission.Kind.IGNORED) {
          evidence.add(Evidence.ignored(recordRef, decision.reason()));
        } else {
          String reason = unclassifiedReason(codings, valueSet);
          members.add(Member.unclassified(record, reason,
              List.of(new Missing(concept.label(), "classification of " + recordRef))));
          evidence.add(Evidence.unclassified(recordRef, reason));
        }
      }
    }
    return new Items<>(concept.label(), everWhere(), members, Evidence.merge(evidence),
        recordsOrigin());
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

  /** A decision made on what could be read, made no surer than possible when not all of it could. */
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
      throw new java.util.concurrent.CancellationException("the screening of " + patient.id() + " was stopped");
    }
  }

  private void step() {
    if ((++steps & 0xFF) == 0) {
      checkCancelled();
    }
  }

  private static <T> void admit(
      String label, T record, RecordRef ref, Admission.Decision decision,
      List<Member<T>> members, List<Evidence> evidence) {
    switch (decision.kind()) {
      case COUNTS:
        members.add(Member.definite(record));
        break;
      case POSSIBLE:
        members.add(Member.possible(record, decision::reason,
            List.of(new Missing(label, "as recorded in " + ref + " (" + decision.reason() + ")"))));
        break;
      case IGNORED:
        evidence.add(Evidence.ignored(ref, decision.reason()));
        break;
    }
  }

  private static String unclassifiedReason(List<Coding> codings, ValueSet valueSet) {
    if (codings.isEmpty()) {
      return "no code recorded";
    }
    List<String> systems = new ArrayList<>();
    valueSet.systems().forEach(s -> systems.add(s.name()));
    List<String> written = new ArrayList<>();
    codings.forEach(c -> written.add(c.system() + "|" + c.code()));
    return "coded only as " + String.join(", ", written) + ", not in "
        + String.join(" or ", systems);
  }

  /** Records oldest first, undated last, ties by reference: the same order on every machine. */
  private static <T> List<T> byDate(
      List<T> records, Function<T, RecordDate> date, Function<T, RecordRef> ref) {
    List<T> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ref));
    return sorted;
  }
}
