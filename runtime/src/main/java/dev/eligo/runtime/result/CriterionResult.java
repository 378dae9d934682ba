package dev.eligo.runtime.result;

import java.util.List;
import java.util.Objects;

/** What one criterion says of a patient: met, not met or unknown, why, and its parts' results. */
public final class CriterionResult {
  private final CriterionInfo info;
  private final Truth truth;
  private final List<CriterionResult> parts;

  private CriterionResult(CriterionInfo info, Truth truth, List<CriterionResult> parts) {
    this.info = Objects.requireNonNull(info, "info");
    this.truth = Objects.requireNonNull(truth, "truth");
    this.parts = List.copyOf(parts);
  }

  /** The result of a criterion whose condition evaluated to {@code truth}. */
  public static CriterionResult of(CriterionInfo info, Truth truth, List<CriterionResult> parts) {
    return new CriterionResult(info, truth, parts);
  }

  public CriterionInfo info() {
    return info;
  }

  public String id() {
    return info.id();
  }

  public CriterionOutcome outcome() {
    return CriterionOutcome.of(truth.value());
  }

  /** The evaluated condition with its explanation. */
  public Truth truth() {
    return truth;
  }

  /** The results of the criterion's lettered parts, in order. */
  public List<CriterionResult> parts() {
    return parts;
  }

  /** This criterion's explanation as text, as {@link ScreeningResult#explain()} prints it. */
  public String explain() {
    return Explanation.render(this);
  }

  @Override
  public String toString() {
    return info.id() + " " + outcome();
  }
}
