package dev.eligo.cli.screen;

import dev.eligo.runtime.result.Verdict;
import java.util.EnumMap;
import java.util.Map;

/** How many patients got each verdict, and how many could not be read or screened. */
public final class Summary {
  private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
  private int errors;

  /** Counts one outcome. */
  public void count(PatientOutcome outcome) {
    if (outcome instanceof PatientOutcome.Screened) {
      verdicts.merge(((PatientOutcome.Screened) outcome).result().verdict(), 1, Integer::sum);
    } else {
      errors++;
    }
  }

  public int count(Verdict verdict) {
    return verdicts.getOrDefault(verdict, 0);
  }

  public int errors() {
    return errors;
  }

  public int total() {
    return errors + verdicts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@code 21 patients: 6 eligible, 9 ineligible, 6 needs review, 0 errors}. */
  @Override
  public String toString() {
    return total()
        + (total() == 1 ? " patient: " : " patients: ")
        + count(Verdict.ELIGIBLE)
        + " eligible, "
        + count(Verdict.INELIGIBLE)
        + " ineligible, "
        + count(Verdict.NEEDS_REVIEW)
        + " needs review, "
        + errors
        + (errors == 1 ? " error" : " errors");
  }
}
