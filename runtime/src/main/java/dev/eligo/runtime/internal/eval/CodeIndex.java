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
 * in turn gives.
 */
final class CodeIndex {
  private final SystemCodes[] systems;
  private final ValueSet[] nested;

  /**
   * The codes of one system: its single codes when it matches exactly (one hash lookup), and its
   * other ranges, each {low, high} as the system compares them, also by the first character a code
   * in them can have: a code in {@code C00-C96} starts with C, so a code starting with M is tested
   * only against the ranges that can hold an M.
   */
  private record SystemCodes(
      CodeSystemRef system, Set<String> singles, String[][] ranges, String[][][] byFirst) {
    private static final int ASCII = 128;

    SystemCodes(CodeSystemRef system, Set<String> singles, String[][] ranges) {
      this(system, singles, ranges, byFirstCharacter(ranges));
    }

    boolean covers(String code) {
      if (!singles.isEmpty() && singles.contains(code.trim())) {
        return true;
      }
      int first = system.firstCompared(code);
      // Beyond ASCII, every range: such a character may stand for another one in upper case.
      String[][] bounds = first >= 0 && first < ASCII ? byFirst[first] : ranges;
      for (int r = 0; r < bounds.length; r++) {
        if (system.inNormalizedRange(code, bounds[r][0], bounds[r][1])) {
          return true;
        }
      }
      return false;
    }

    // A code at least {low} and at most {high} starts with a character from low's first to high's;
    // an empty end says nothing of it.
    private static String[][][] byFirstCharacter(String[][] ranges) {
      String[][][] byFirst = new String[ASCII][][];
      for (int c = 0; c < ASCII; c++) {
        List<String[]> possible = new ArrayList<>();
        for (String[] range : ranges) {
          boolean fromLow = range[0].isEmpty() || range[0].charAt(0) <= c;
          boolean toHigh = range[1].isEmpty() || range[1].charAt(0) >= c;
          if (fromLow && toHigh) {
            possible.add(range);
          }
        }
        byFirst[c] = possible.toArray(new String[0][]);
      }
      return byFirst;
    }
  }

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
        if (systems[s].system().identifiesTrimmed(system) && systems[s].covers(coding.code())) {
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

  /** Collects codes, ranges and value sets, in any order: the answer does not depend on it. */
  static final class Builder {
    private final Map<CodeSystemRef, Set<String>> singles = new LinkedHashMap<>();
    private final Map<CodeSystemRef, List<String[]>> ranges = new LinkedHashMap<>();
    private final List<ValueSet> nested = new ArrayList<>();

    private Builder() {}

    /** A code ({@code low} equal to {@code high}) or a range, both ends normalized. */
    Builder range(CodeSystemRef system, String normalLow, String normalHigh) {
      singles.computeIfAbsent(system, s -> new HashSet<>());
      List<String[]> ofSystem = ranges.computeIfAbsent(system, s -> new ArrayList<>());
      if (system.match() == CodeMatch.EXACT && normalLow.equals(normalHigh)) {
        singles.get(system).add(normalLow);
      } else {
        ofSystem.add(new String[] {normalLow, normalHigh});
      }
      return this;
    }

    Builder valueSet(ValueSet valueSet) {
      nested.add(valueSet);
      return this;
    }

    CodeIndex build() {
      SystemCodes[] systems = new SystemCodes[singles.size()];
      int s = 0;
      for (Map.Entry<CodeSystemRef, Set<String>> codes : singles.entrySet()) {
        systems[s++] =
            new SystemCodes(
                codes.getKey(),
                Set.copyOf(codes.getValue()),
                ranges.get(codes.getKey()).toArray(new String[0][]));
      }
      return new CodeIndex(systems, nested.toArray(new ValueSet[0]));
    }
  }
}
