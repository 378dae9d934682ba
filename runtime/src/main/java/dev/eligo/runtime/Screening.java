package dev.eligo.runtime;

import dev.eligo.runtime.result.InputInfo;
import dev.eligo.runtime.result.ProtocolInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a patient is screened for: the screening date, never the machine's clock, and the values of
 * the protocol's other screening inputs (a cohort, an arm, a registration date), written as text
 * the way a command line gives them. Immutable.
 */
public final class Screening {
  private final LocalDate date;
  private final Map<String, String> inputs;

  private Screening(LocalDate date, Map<String, String> inputs) {
    this.date = Objects.requireNonNull(date, "date");
    this.inputs = Map.copyOf(inputs);
  }

  /** A screening on a date, with no other input. */
  public static Screening on(LocalDate date) {
    return new Screening(date, Map.of());
  }

  /**
   * The same screening with one more input, written as text: {@code 2026-11-02}, {@code B}, {@code
   * 10 mg}, or {@code unknown} for an input not decided yet.
   */
  public Screening with(String name, String value) {
    Map<String, String> more = new TreeMap<>(inputs);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new Screening(date, more);
  }

  /**
   * The same screening with one more input written as a command line gives it, {@code NAME=VALUE}
   * ({@code arm=B}, {@code registration=2026-11-02}).
   *
   * @throws IllegalArgumentException when the text is not {@code NAME=VALUE} or the input is
   *     already given
   */
  public Screening withInput(String assignment) {
    int equals = assignment.indexOf('=');
    String name = equals < 0 ? "" : assignment.substring(0, equals).trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + assignment + "' is not NAME=VALUE, such as arm=B or registration=2026-11-02");
    }
    if (inputs.containsKey(name)) {
      throw new IllegalArgumentException(
          "the screening input '" + name + "' is given twice: give it once");
    }
    return with(name, assignment.substring(equals + 1));
  }

  /**
   * The value given for one of the protocol's inputs, read as its kind.
   *
   * @throws IllegalArgumentException when it is not given or not readable ({@link #problemsFor}
   *     says so for every input at once)
   */
  public ScreeningInput input(InputInfo input) {
    String text = inputs.get(input.name());
    if (text == null) {
      throw new IllegalArgumentException(missing(input));
    }
    return ScreeningInput.read(input, text);
  }

  /** The same screening with a date input. */
  public Screening with(String name, LocalDate value) {
    return with(name, value.toString());
  }

  /** The same screening with a number input. */
  public Screening with(String name, BigDecimal value) {
    return with(name, value.toPlainString());
  }

  /** The same screening with a true-or-false input. */
  public Screening with(String name, boolean value) {
    return with(name, String.valueOf(value));
  }

  public LocalDate date() {
    return date;
  }

  /** Every input given, by name. */
  public Map<String, String> inputs() {
    return inputs;
  }

  /**
   * What is wrong with these inputs for a protocol: an input it declares that is missing, one it
   * does not declare, one whose text is not the kind of value declared. Empty when nothing is.
   */
  public List<String> problemsFor(ProtocolInfo protocol) {
    List<String> problems = new ArrayList<>();
    for (InputInfo input : protocol.inputs()) {
      String value = inputs.get(input.name());
      if (value == null) {
        problems.add(missing(input));
      } else {
        try {
          ScreeningInput.read(input, value);
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage());
        }
      }
    }
    for (String name : inputs.keySet()) {
      if (protocol.inputs().stream().noneMatch(input -> input.name().equals(name))) {
        List<String> names = protocol.inputs().stream().map(InputInfo::name).toList();
        problems.add(
            protocol.id()
                + " has no screening input '"
                + name
                + "'"
                + (names.isEmpty()
                    ? "; it reads only the screening date"
                    : "; its inputs are " + String.join(", ", names)));
      }
    }
    return problems;
  }

  private static String missing(InputInfo input) {
    return "the screening input '"
        + input.name()
        + "' ("
        + input.label()
        + ") is missing: give "
        + input.expects();
  }

  @Override
  public String toString() {
    return inputs.isEmpty() ? "screening on " + date : "screening on " + date + " with " + inputs;
  }
}
