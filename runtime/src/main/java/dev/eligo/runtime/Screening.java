package dev.eligo.runtime;

import dev.eligo.runtime.result.InputInfo;
import dev.eligo.runtime.result.ProtocolInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        problems.add(
            "the screening input '"
                + input.name()
                + "' ("
                + input.label()
                + ") is missing: give "
                + input.expects());
      } else if (!readable(input, value)) {
        problems.add(
            "the screening input '"
                + input.name()
                + "' is '"
                + value
                + "', not "
                + input.expects());
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

  private static boolean readable(InputInfo input, String value) {
    String text = value.trim();
    if (text.equals(InputInfo.UNKNOWN)) {
      return true;
    }
    switch (input.kind()) {
      case DATE:
        try {
          LocalDate.parse(text);
          return true;
        } catch (DateTimeParseException e) {
          return false;
        }
      case NUMBER:
        return isNumber(text);
      case QUANTITY:
        String[] parts = text.split("\\s+", 2);
        return isNumber(parts[0]) && (parts.length == 1 || parts[1].equals(input.unit()));
      case CODE:
        return !text.isEmpty();
      case TRUTH:
        return text.equals("true") || text.equals("false");
    }
    throw new AssertionError(input.kind());
  }

  private static boolean isNumber(String text) {
    if (text.isEmpty() || text.length() > 40) {
      return false;
    }
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return inputs.isEmpty() ? "screening on " + date : "screening on " + date + " with " + inputs;
  }
}
