package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Coding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codes and ranges of one side of a value set (what it includes, or what it excludes) grouped
 * by code system, to answer whether a coding is among them. A coding's system is looked up once per
 * code system instead of once per code or range, and the single codes of an exact-match system
 * (LOINC, SNOMED CT) are one hash lookup: classification runs for every coding of every record a
 * concept looks at, against value sets of dozens of ranges. Gives what testing each code and range
 * in turn gives ({@code ValueSetIndexProperty}).
 */
final class CodeIndex {
  private final SystemCodes[] systems;
  private final ValueSet[] nested;

  private CodeIndex(SystemCodes[] systems, ValueSet[] nested) {
    this.systems = systems;
    this.nested = nested;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Whether the coding is one of the codes, in one of the ranges or in one of the value sets. */
  boolean covers(Coding coding) {
    if (systems.length > 0) {
      String system = coding.system().trim();
      for (int s = 0; s < systems.length; s++) {
        if (systems[s].system.identifiesTrimmed(system) && systems[s].covers(coding.code())) {
          return true;
        }
      }
    }
    for (int v = 0; v < nested.length; v++) {
      if (nested[v].contains(coding)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Both ends of a code ({@code low} equal to {@code high}) or range, as its system compares them.
   */
  private record Bounds(String low, String high) {}

  /**
   * The codes of one system: its single codes when it matches exactly, and its other ranges, also
   * by the first character a code in them can have: a code in {@code C00-C96} starts with C, so a
   * code starting with M is tested only against the ranges that can hold an M.
   */
  private static final class SystemCodes {
    private static final int ASCII = 128;
    private static final Bounds[] NONE = new Bounds[0];

    private final CodeSystemRef system;
    private final Set<String> singles;
    private final Bounds[] ranges;
    private final Bounds[][] byFirst; // by ASCII character; null when there are no ranges

    SystemCodes(CodeSystemRef system, Set<String> singles, List<Bounds> ranges) {
      this.system = system;
      this.singles = Set.copyOf(singles);
      this.ranges = ranges.toArray(NONE);
      this.byFirst = this.ranges.length == 0 ? null : byFirstCharacter(this.ranges);
    }

    boolean covers(String code) {
      if (!singles.isEmpty() && singles.contains(code.trim())) {
        return true;
      }
      if (ranges.length == 0) {
        return false;
      }
      int first = system.firstCompared(code);
      // Beyond ASCII, every range: such a character may stand for another one in upper case.
      Bounds[] possible = first >= 0 && first < ASCII ? byFirst[first] : ranges;
      for (int r = 0; r < possible.length; r++) {
        if (system.inNormalizedRange(code, possible[r].low(), possible[r].high())) {
          return true;
        }
      }
      return false;
    }

    // A code at least {low} and at most {high} starts with a character from low's first to high's;
    // an empty end says nothing of it.
    private static Bounds[][] byFirstCharacter(Bounds[] ranges) {
      Bounds[][] byFirst = new Bounds[ASCII][];
      for (int c = 0; c < ASCII; c++) {
        List<Bounds> possible = new ArrayList<>();
        for (Bounds range : ranges) {
          boolean fromLow = range.low().isEmpty() || range.low().charAt(0) <= c;
          boolean toHigh = range.high().isEmpty() || range.high().charAt(0) >= c;
          if (fromLow && toHigh) {
            possible.add(range);
          }
        }
        byFirst[c] = possible.isEmpty() ? NONE : possible.toArray(NONE);
      }
      return byFirst;
    }
  }

  /** Collects codes, ranges and value sets, in any order: the answer does not depend on it. */
  static final class Builder {
    /** The single codes and the ranges of one system, as they are added. */
    private record Added(Set<String> singles, List<Bounds> ranges) {}

    private final Map<CodeSystemRef, Added> bySystem = new LinkedHashMap<>();
    private final List<ValueSet> nested = new ArrayList<>();

    private Builder() {}

    /** A code ({@code low} equal to {@code high}) or a range, both ends normalized. */
    Builder range(CodeSystemRef system, String normalLow, String normalHigh) {
      Added added =
          bySystem.computeIfAbsent(system, s -> new Added(new HashSet<>(), new ArrayList<>()));
      if (system.match() == CodeMatch.EXACT && normalLow.equals(normalHigh)) {
        added.singles().add(normalLow);
      } else {
        added.ranges().add(new Bounds(normalLow, normalHigh));
      }
      return this;
    }

    Builder valueSet(ValueSet valueSet) {
      nested.add(valueSet);
      return this;
    }

    CodeIndex build() {
      List<SystemCodes> systems = new ArrayList<>();
      bySystem.forEach(
          (system, added) -> systems.add(new SystemCodes(system, added.singles(), added.ranges())));
      return new CodeIndex(systems.toArray(new SystemCodes[0]), nested.toArray(new ValueSet[0]));
    }
  }
}
