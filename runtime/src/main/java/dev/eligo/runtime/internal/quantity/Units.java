package dev.eligo.runtime.internal.quantity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fhir.ucum.UcumException;

/**
 * UCUM units: validation, comparability and exact conversion. Unlike plain UCUM, substance amount
 * ({@code mol}) is a dimension of its own, not a count of 6.022 × 10²³, and an arbitrary unit such
 * as {@code [IU]} is comparable only with units built on the same arbitrary unit.
 */
public final class Units {

  private static final int MAX_REMEMBERED = 4096;

  private final UcumEssence ucum;
  private final UnitAnalyser analyser;
  private final Map<String, UnitReading> readings = new ConcurrentHashMap<>();

  private Units(UcumEssence ucum) {
    this.ucum = ucum;
    this.analyser = new UnitAnalyser(ucum);
  }

  private static final class Holder {
    static final Units INSTANCE = new Units(UcumEssence.get());
  }

  /** The units of UCUM, loaded on first use. */
  public static Units ucum() {
    return Holder.INSTANCE;
  }

  /**
   * Why {@code unit} is not a valid UCUM unit, in one line, or empty when it is valid, e.g. {@code
   * 'foo' is not a UCUM unit: The unit 'foo' is unknown at position 0}.
   */
  public Optional<String> problem(String unit) {
    return Optional.ofNullable(read(unit).problem());
  }

  /**
   * Whether a value in unit {@code a} can be converted to unit {@code b} by UCUM alone, with
   * substance amounts and arbitrary units kept apart from counts and plain numbers.
   */
  public boolean comparable(String a, String b) {
    UnitReading from = read(a);
    UnitReading to = read(b);
    if (!from.isValid() || !to.isValid()) {
      return false;
    }
    if (from.isSpecial() || to.isSpecial()) {
      return from.unit().equals(to.unit());
    }
    return from.meaning().dimension().equals(to.meaning().dimension());
  }

  /**
   * Whether a valid unit measures something per time, such as a daily dose ({@code mg/d}) or a rate
   * ({@code /min}); false for a unit that is not UCUM.
   */
  public boolean isPerTime(String unit) {
    UnitReading reading = read(unit);
    return reading.isValid()
        && !reading.isSpecial()
        && reading.meaning().dimension().exponents().getOrDefault("s", 0) < 0;
  }

  /**
   * A short readable name of what {@code unit} measures, for messages: {@code mass concentration},
   * {@code substance concentration}, {@code time}, {@code dimensionless}..., else its canonical
   * units such as {@code g.m-2}.
   */
  public String dimensionName(String unit) {
    UnitReading reading = read(unit);
    if (!reading.isValid()) {
      return "unknown unit";
    }
    if (reading.isSpecial()) {
      String property = ucum.model().getUnit(reading.meaning().special()).getProperty();
      return property == null || property.isBlank() ? reading.meaning().special() : property;
    }
    return DimensionNames.name(reading.meaning().dimension(), ucum);
  }

  /**
   * Why two spellings of one quantity's unit (FHIR's readable {@code Quantity.unit} and its coded
   * {@code Quantity.code}) say different things, e.g. {@code 'mg/dL' is not 'g/L' (1 mg/dL = 0.01
   * g/L)}; empty when they mean the same, or when either is not UCUM (a readable unit such as
   * {@code x10^9/L} is not held against its code).
   */
  public Optional<String> disagreement(String text, String code) {
    if (text == null || code == null || text.trim().equals(code.trim())) {
      return Optional.empty();
    }
    UnitReading a = read(text.trim());
    UnitReading b = read(code.trim());
    if (!a.isValid() || !b.isValid()) {
      return Optional.empty();
    }
    String differ = "its unit '" + text.trim() + "' and its code '" + code.trim() + "' disagree";
    if (a.isSpecial() || b.isSpecial()) {
      return a.meaning().special() != null
              && a.meaning().special().equals(b.meaning().special())
              && a.meaning().scale().equals(b.meaning().scale())
          ? Optional.empty()
          : Optional.of(differ);
    }
    if (!a.meaning().dimension().equals(b.meaning().dimension())) {
      return Optional.of(
          differ + " (" + dimensionName(text.trim()) + " and " + dimensionName(code.trim()) + ")");
    }
    BigDecimal factor = a.meaning().scale().dividedBy(b.meaning().scale()).applyTo(BigDecimal.ONE);
    if (factor.compareTo(BigDecimal.ONE) == 0) {
      return Optional.empty();
    }
    return Optional.of(
        differ + " (1 " + text.trim() + " = " + factor.toPlainString() + " " + code.trim() + ")");
  }

  /**
   * {@code value} in unit {@code from} expressed in unit {@code to}, exactly (one final division
   * with {@link java.math.MathContext#DECIMAL128}).
   *
   * @throws IllegalArgumentException when the units are not {@link #comparable comparable}
   */
  public BigDecimal convert(BigDecimal value, String from, String to) {
    if (!comparable(from, to)) {
      throw new IllegalArgumentException("unit '" + from + "' cannot be converted to '" + to + "'");
    }
    UnitReading source = read(from);
    if (source.isSpecial()) {
      return value;
    }
    return source.meaning().scale().dividedBy(read(to).meaning().scale()).applyTo(value);
  }

  /** The meaning of a unit text, or its problem; remembered for the units seen most. */
  UnitReading read(String unit) {
    if (unit == null) {
      return new UnitReading(null, null, "no unit given");
    }
    UnitReading known = readings.get(unit);
    if (known != null) {
      return known;
    }
    UnitReading reading = analyse(unit);
    if (readings.size() < MAX_REMEMBERED) {
      readings.putIfAbsent(unit, reading);
    }
    return reading;
  }

  /** UCUM's parser recurses on parentheses; a unit this long is not a unit but bad data. */
  private static final int MAX_UNIT_LENGTH = 64;

  private UnitReading analyse(String unit) {
    if (unit.isBlank()) {
      return new UnitReading(unit, null, "no unit given");
    }
    String problem =
        unit.length() > MAX_UNIT_LENGTH
            ? "it is "
                + unit.length()
                + " characters long; no unit of a clinical record needs more than "
                + MAX_UNIT_LENGTH
            : unbalancedParenthesis(unit);
    if (problem == null) {
      try {
        return new UnitReading(unit, analyser.meaning(unit), null);
      } catch (UcumException | RuntimeException e) {
        problem = oneLine(unit, e.getMessage());
      }
    }
    String shown = unit.length() > MAX_UNIT_LENGTH ? unit.substring(0, 20) + "..." : unit;
    return new UnitReading(unit, null, "'" + shown + "' is not a UCUM unit: " + problem);
  }

  // The UCUM parser ignores a ')' with no '(' ("ng/mL)" reads as ng/mL), so it is checked here.
  private static String unbalancedParenthesis(String unit) {
    int depth = 0;
    char closing = 0;
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      if (closing != 0) {
        closing = c == closing ? 0 : closing;
      } else if (c == '{' || c == '[') {
        closing = c == '{' ? '}' : ']';
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return "')' without '(' at position " + i;
      }
    }
    return null;
  }

  // The UCUM library's messages repeat the unit and carry a stray quote ("unknown' at position 0").
  private static String oneLine(String unit, String message) {
    if (message == null || message.isBlank()) {
      return "it cannot be read";
    }
    String text = message.replaceAll("\\s+", " ").trim();
    String repeated = "Error processing unit '" + unit + "': ";
    if (text.startsWith(repeated)) {
      text = text.substring(repeated.length());
    }
    long quotes = text.chars().filter(c -> c == '\'').count();
    if (quotes % 2 == 1) {
      int stray = text.lastIndexOf("' at position");
      if (stray >= 0) {
        text = text.substring(0, stray) + text.substring(stray + 1);
      }
    }
    return text;
  }
}
