package dev.eligo.runtime.result;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The screening of one patient on one date: the verdict from the top-level criteria, the criteria
 * that decided it, the data that could still change it, and a readable explanation.
 */
public final class ScreeningResult {
  private final ProtocolInfo protocol;
  private final String patientId;
  private final LocalDate screeningDate;
  private final List<CriterionResult> criteria;
  private final Verdict verdict;

  private ScreeningResult(
      ProtocolInfo protocol,
      String patientId,
      LocalDate screeningDate,
      List<CriterionResult> criteria) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.patientId = Objects.requireNonNull(patientId, "patientId");
    this.screeningDate = Objects.requireNonNull(screeningDate, "screeningDate");
    this.criteria = List.copyOf(criteria);
    this.verdict = verdictOf(this.criteria);
  }

  /**
   * Decides from the top-level criteria: eligible when every inclusion is met and no exclusion is;
   * ineligible when an inclusion is not met or an exclusion is met; else needs review.
   */
  public static ScreeningResult decide(
      ProtocolInfo protocol,
      String patientId,
      LocalDate screeningDate,
      List<CriterionResult> topLevel) {
    return new ScreeningResult(protocol, patientId, screeningDate, topLevel);
  }

  public ProtocolInfo protocol() {
    return protocol;
  }

  public String patientId() {
    return patientId;
  }

  public LocalDate screeningDate() {
    return screeningDate;
  }

  public Verdict verdict() {
    return verdict;
  }

  /** The top-level criteria, each with its parts. */
  public List<CriterionResult> criteria() {
    return criteria;
  }

  /** A criterion's result at any level, by id. */
  public Optional<CriterionResult> criterion(String id) {
    return find(criteria, id);
  }

  /**
   * The criteria that made the verdict: for ineligible the inclusions not met and exclusions met;
   * for needs review the unknown ones; for eligible all of them.
   */
  public List<CriterionResult> deciding() {
    List<CriterionResult> deciding = new ArrayList<>();
    for (CriterionResult c : criteria) {
      if (verdict == Verdict.ELIGIBLE || decides(c, verdict)) {
        deciding.add(c);
      }
    }
    return deciding;
  }

  /**
   * The data whose value could change the verdict, each once: what the unknown criteria of a
   * needs-review verdict miss. Nothing can change an eligible or ineligible verdict.
   */
  public List<Missing> missing() {
    if (verdict != Verdict.NEEDS_REVIEW) {
      return List.of();
    }
    LinkedHashSet<Missing> missing = new LinkedHashSet<>();
    for (CriterionResult c : criteria) {
      if (c.outcome() == CriterionOutcome.UNKNOWN) {
        missing.addAll(c.truth().missing());
      }
    }
    return new ArrayList<>(missing);
  }

  /**
   * The records whose data this screening read but could not use (an implausible value, a unit that
   * cannot be converted, units that disagree), each once with the reason, in criteria order. Only
   * those that reached a criterion's result are listed: a value no criterion needed is not.
   */
  public List<Evidence.Note> unusable() {
    LinkedHashSet<Evidence.Note> notes = new LinkedHashSet<>();
    // Explanation trees share sub-results and evidence: each is walked once.
    Set<Truth> seenTruths = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Evidence> seenEvidence = Collections.newSetFromMap(new IdentityHashMap<>());
    for (CriterionResult c : criteria) {
      collectUnusable(c, seenTruths, seenEvidence, notes);
    }
    return new ArrayList<>(notes);
  }

  private static void collectUnusable(
      CriterionResult c,
      Set<Truth> seenTruths,
      Set<Evidence> seenEvidence,
      LinkedHashSet<Evidence.Note> notes) {
    Deque<Truth> pending = new ArrayDeque<>();
    pending.push(c.truth());
    while (!pending.isEmpty()) {
      Truth t = pending.pop();
      if (!seenTruths.add(t)) {
        continue;
      }
      t.evidence().collectUnusable(seenEvidence, notes);
      List<Truth> because = t.because();
      for (int i = because.size() - 1; i >= 0; i--) {
        pending.push(because.get(i));
      }
    }
    for (CriterionResult part : c.parts()) {
      collectUnusable(part, seenTruths, seenEvidence, notes);
    }
  }

  /** The explanation as text, the same on every machine. */
  public String explain() {
    return Explanation.render(this);
  }

  private static boolean decides(CriterionResult c, Verdict verdict) {
    boolean inclusion = c.info().kind() == CriterionKind.INCLUSION;
    switch (c.outcome()) {
      case MET:
        return verdict == Verdict.INELIGIBLE && !inclusion;
      case NOT_MET:
        return verdict == Verdict.INELIGIBLE && inclusion;
      case UNKNOWN:
        return verdict == Verdict.NEEDS_REVIEW;
    }
    throw new AssertionError(c.outcome());
  }

  private static Verdict verdictOf(List<CriterionResult> criteria) {
    boolean allDecided = true;
    for (CriterionResult c : criteria) {
      boolean inclusion = c.info().kind() == CriterionKind.INCLUSION;
      CriterionOutcome against = inclusion ? CriterionOutcome.NOT_MET : CriterionOutcome.MET;
      if (c.outcome() == against) {
        return Verdict.INELIGIBLE;
      }
      allDecided &= c.outcome() != CriterionOutcome.UNKNOWN;
    }
    return allDecided ? Verdict.ELIGIBLE : Verdict.NEEDS_REVIEW;
  }

  private static Optional<CriterionResult> find(List<CriterionResult> results, String id) {
    for (CriterionResult c : results) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
      Optional<CriterionResult> inPart = find(c.parts(), id);
      if (inPart.isPresent()) {
        return inPart;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return patientId + " " + verdict;
  }
}
