package dev.eligo.runtime.internal.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The unit conversions one analyte allows: UCUM's, plus what the criteria file declares for it — a
 * molar mass (mass ↔ substance), unit factors for units UCUM cannot relate ({@code 1 [IU] = 5.82
 * {copies}}) and aliases for non-UCUM spellings found in records ({@code copies/mL}). Immutable;
 * each {@code with...} returns a new converter.
 */
public final class UnitConverter {

  private static final UnitConverter PLAIN = new UnitConverter(List.of(), Map.of());

  /**
   * Routes remembered per converter: units in records are few, but nothing bounds what a record may
   * say.
   */
  private static final int MAX_REMEMBERED_ROUTES = 4096;

  private final List<Equivalence> equivalences;
  private final Map<String, String> aliases;
  // Finding a route reads both units and may search combinations of the declared equivalences;
  // screening converts the same few pairs of units for every patient, so each is found once.
  private final Map<String, Map<String, Optional<Route>>> routes = new ConcurrentHashMap<>();
  private final AtomicInteger remembered = new AtomicInteger();

  private UnitConverter(List<Equivalence> equivalences, Map<String, String> aliases) {
    this.equivalences = List.copyOf(equivalences);
    this.aliases = Collections.unmodifiableMap(new TreeMap<>(aliases));
  }

  /** Conversions by UCUM alone. */
  public static UnitConverter plain() {
    return PLAIN;
  }

  /**
   * Also converts between mass and substance amount: mass concentration = substance concentration ×
   * molar mass.
   *
   * @param value the molar mass, e.g. {@code 288.42}
   * @param unit its unit, a mass per substance amount such as {@code g/mol}
   * @throws IllegalArgumentException when the value is not positive or the unit is not a molar mass
   */
  public UnitConverter withMolarMass(BigDecimal value, String unit) {
    UnitMeaning meaning = declared(unit);
    if (!meaning
        .dimension()
        .equals(Dimension.of("g").dividedBy(Dimension.of(UnitAnalyser.SUBSTANCE)))) {
      throw new IllegalArgumentException(
          "a molar mass is a mass per substance amount such as g/mol, not '" + unit + "'");
    }
    UnitMeaning unity = UnitMeaning.number(positive(value)).times(meaning);
    String how = "via molar mass " + Decimals.normal(value).toPlainString() + " " + unit;
    return withEquivalence(new Equivalence(unity, how));
  }

  /**
   * Also converts {@code fromUnit} to {@code toUnit}, also inside compound units ({@code [IU]/mL ↔
   * {copies}/mL}): {@code 1 fromUnit = factor toUnit}.
   *
   * @throws IllegalArgumentException when a unit is not UCUM, the factor is not positive, or UCUM
   *     already relates the two units
   */
  public UnitConverter withUnitFactor(String fromUnit, BigDecimal factor, String toUnit) {
    UnitMeaning from = declared(fromUnit);
    UnitMeaning to = declared(toUnit);
    if (Units.ucum().comparable(fromUnit, toUnit)) {
      throw new IllegalArgumentException(
          "'"
              + fromUnit
              + "' and '"
              + toUnit
              + "' are already related by UCUM; no factor may be declared");
    }
    UnitMeaning unity = UnitMeaning.number(positive(factor)).times(to).dividedBy(from);
    String how =
        "via 1 " + fromUnit + " = " + Decimals.normal(factor).toPlainString() + " " + toUnit;
    return withEquivalence(new Equivalence(unity, how));
  }

  /**
   * Reads the unit text {@code written} in records as the UCUM unit {@code ucum}, e.g. {@code
   * copies/mL} as {@code {copies}/mL}.
   *
   * @throws IllegalArgumentException when {@code written} is blank or {@code ucum} is not UCUM
   */
  public UnitConverter withUnitAlias(String written, String ucum) {
    if (written == null || written.isBlank()) {
      throw new IllegalArgumentException("a unit alias needs the spelling it stands for");
    }
    declared(ucum);
    Map<String, String> more = new TreeMap<>(aliases);
    more.put(written.trim(), ucum);
    return new UnitConverter(equivalences, more);
  }

  /** The UCUM unit a unit text stands for: the text itself, trimmed, unless it is an alias. */
  public String ucumUnit(String written) {
    String unit = written == null ? "" : written.trim();
    return aliases.getOrDefault(unit, unit);
  }

  /** Whether a value in {@code fromUnit} can be converted to {@code toUnit}. */
  public boolean canConvert(String fromUnit, String toUnit) {
    return route(ucumUnit(fromUnit), ucumUnit(toUnit)).isPresent();
  }

  /**
   * {@code quantity} in {@code targetUnit}, exact, or why it cannot be converted: a unit that is
   * not UCUM, one of another dimension, or a value with no unit (convertible only to {@code 1}).
   */
  public Conversion convert(Quantity quantity, String targetUnit) {
    if (quantity == null) {
      return new Conversion.NotConvertible("there is no value to convert");
    }
    String target = ucumUnit(targetUnit);
    if (target.isEmpty()) {
      return new Conversion.NotConvertible("there is no unit to convert " + quantity + " to");
    }
    String written = targetUnit.trim();
    if (quantity.hasNoUnit()) {
      return target.equals(Quantity.NUMBER_UNIT)
          ? new Conversion.Converted(Quantity.of(quantity.value(), written), "")
          : new Conversion.NotConvertible(
              "the value "
                  + quantity
                  + " has no unit, so it cannot be converted to '"
                  + written
                  + "'");
    }
    String source = ucumUnit(quantity.unit());
    String problem = Units.ucum().read(source).problem();
    if (problem == null) {
      problem = Units.ucum().read(target).problem();
    }
    if (problem != null) {
      return new Conversion.NotConvertible(problem);
    }
    Optional<Route> route = route(source, target);
    if (route.isEmpty()) {
      return new Conversion.NotConvertible(cannotConvert(quantity.unit(), source, written, target));
    }
    BigDecimal value = route.get().applyTo(quantity.value());
    return new Conversion.Converted(Quantity.of(value, written), route.get().how());
  }

  /**
   * The route from {@code fromUnit} to {@code toUnit}, or {@code null} when the units cannot be
   * converted ({@link #convert} then says why). Found once per pair of units.
   */
  Route routeBetween(String fromUnit, String toUnit) {
    String source = ucumUnit(fromUnit);
    String target = ucumUnit(toUnit);
    if (source.isEmpty() || target.isEmpty()) {
      return null;
    }
    return route(source, target).orElse(null);
  }

  private Optional<Route> route(String source, String target) {
    Map<String, Optional<Route>> fromSource = routes.get(source);
    Optional<Route> known = fromSource == null ? null : fromSource.get(target);
    if (known != null) {
      return known;
    }
    Optional<Route> found = findRoute(source, target);
    if (remembered.get() < MAX_REMEMBERED_ROUTES
        && routes.computeIfAbsent(source, s -> new ConcurrentHashMap<>()).putIfAbsent(target, found)
            == null) {
      remembered.incrementAndGet();
    }
    return found;
  }

  private Optional<Route> findRoute(String source, String target) {
    UnitReading from = Units.ucum().read(source);
    UnitReading to = Units.ucum().read(target);
    if (!from.isValid() || !to.isValid()) {
      return Optional.empty();
    }
    if (from.isSpecial() || to.isSpecial()) {
      return source.equals(target) ? Optional.of(Route.of(Scale.ONE, "")) : Optional.empty();
    }
    return Route.find(from.meaning(), to.meaning(), equivalences);
  }

  private static String cannotConvert(
      String written, String source, String shownTarget, String target) {
    Units units = Units.ucum();
    return "unit '"
        + written
        + "' cannot be converted to '"
        + shownTarget
        + "' ("
        + units.dimensionName(source)
        + " to "
        + units.dimensionName(target)
        + ")"
        + rateHint(units.read(source), units.read(target), shownTarget);
  }

  // A daily dose (mg/d) against a threshold written without its per-day (mg): say how to write it.
  private static String rateHint(UnitReading value, UnitReading threshold, String shownTarget) {
    if (!value.isValid() || !threshold.isValid() || value.isSpecial() || threshold.isSpecial()) {
      return "";
    }
    Dimension perTime = threshold.meaning().dimension().dividedBy(Dimension.of("s"));
    return value.meaning().dimension().equals(perTime)
        ? ": the value is a rate, so write the limit per time, such as '" + shownTarget + "/d'"
        : "";
  }

  private UnitConverter withEquivalence(Equivalence equivalence) {
    List<Equivalence> more = new ArrayList<>(equivalences);
    more.add(equivalence);
    return new UnitConverter(more, aliases);
  }

  private static UnitMeaning declared(String unit) {
    UnitReading reading = Units.ucum().read(unit);
    if (!reading.isValid()) {
      throw new IllegalArgumentException(reading.problem());
    }
    if (reading.isSpecial()) {
      throw new IllegalArgumentException(
          "'" + unit + "' is a special UCUM unit; it cannot be declared");
    }
    return reading.meaning();
  }

  private static Scale positive(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(
          "a conversion factor must be positive, not " + value.toPlainString());
    }
    return Scale.of(value);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    equivalences.forEach(e -> parts.add(e.how()));
    aliases.forEach((written, ucum) -> parts.add("'" + written + "' means '" + ucum + "'"));
    return parts.isEmpty()
        ? "UCUM conversions"
        : "UCUM conversions and " + String.join(", ", parts);
  }
}
