package dev.eligo.runtime.record;

/**
 * One dosage instruction or given dose of a medication use: the amount of one dose and how often it
 * is given. A part that was written but cannot be used (a dose range, a timing without a frequency)
 * is kept as the reason it cannot, so criteria that need it are unknown with that reason rather
 * than read as absent.
 *
 * @param dose the amount of one dose, or {@code null}
 * @param doseProblem why the dose cannot be used although the record gives one, or {@code null}
 * @param frequency how often the dose is given, or {@code null}
 * @param frequencyProblem why the frequency cannot be used although the record gives a timing, or
 *     {@code null}
 * @param asNeeded whether the dose is taken only as needed, so no daily amount follows from it
 */
public record Dosage(
    Amount dose,
    String doseProblem,
    Frequency frequency,
    String frequencyProblem,
    boolean asNeeded) {

  /** A dose of a known amount given at a known frequency. */
  public static Dosage of(Amount dose, Frequency frequency) {
    return new Dosage(dose, null, frequency, null, false);
  }

  @Override
  public String toString() {
    String amount = dose != null ? dose.toString() : "dose not stated";
    String often = asNeeded ? " as needed" : frequency != null ? " " + frequency : "";
    return amount + often;
  }
}
