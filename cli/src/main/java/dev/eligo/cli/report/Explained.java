package dev.eligo.cli.report;

import dev.eligo.cli.screen.PatientOutcome;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whose explanations the text report prints after its table: nobody (the default), everybody
 * ({@code --explain}) or the patients named ({@code --explain-patient ID}). The other formats
 * always carry every explanation.
 *
 * @param patients patient ids, or input sources for inputs that gave no patient
 */
public record Explained(boolean all, Set<String> patients) {
  /** The table and the counts only. */
  public static final Explained NONE = new Explained(false, Set.of());

  public Explained {
    patients = Set.copyOf(new LinkedHashSet<>(patients));
  }

  /** Whether the explanations of this patient are printed. */
  boolean includes(PatientOutcome outcome) {
    return all || patients.contains(Rows.patientLabel(outcome));
  }

  /** Whether any explanation may be printed. */
  boolean any() {
    return all || !patients.isEmpty();
  }
}
