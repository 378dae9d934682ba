package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.record.Coding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The codes of one concept as the data dictionary lists them: codes and ranges of named systems,
 * minus excluded ones. ICD-10 ignores dots and matches prefixes, ATC matches prefixes, LOINC,
 * SNOMED and local codes match exactly.
 */
final class CodeSet {
  static final CodeSystem LOINC = new CodeSystem(Match.EXACT, "http://loinc.org");
  static final CodeSystem SNOMED = new CodeSystem(Match.EXACT, "http://snomed.info/sct");
  static final CodeSystem ICD10 =
      new CodeSystem(
          Match.PREFIX_WITHOUT_DOTS,
          "http://hl7.org/fhir/sid/icd-10",
          "http://hl7.org/fhir/sid/icd-10-cm");
  static final CodeSystem ATC = new CodeSystem(Match.PREFIX, "http://www.whocc.no/atc");
  static final CodeSystem LOCAL =
      new CodeSystem(Match.EXACT, "http://example.org/fhir/CodeSystem/nct07298239");

  /** The systems the protocol declares. */
  private static final List<CodeSystem> DECLARED = List.of(LOINC, SNOMED, ICD10, ATC, LOCAL);

  enum Match {
    EXACT,
    PREFIX,
    PREFIX_WITHOUT_DOTS
  }

  /** A code system: the URIs records use for it and how its codes match. */
  record CodeSystem(Match match, String... uris) {
    boolean isSystemOf(Coding coding) {
      String system = coding.system().trim();
      for (String uri : uris) {
        if (uri.equals(system)) {
          return true;
        }
      }
      return false;
    }

    String normalize(String code) {
      String trimmed = code.trim();
      return match == Match.PREFIX_WITHOUT_DOTS
          ? trimmed.replace(".", "").toUpperCase(Locale.ROOT)
          : trimmed;
    }
  }

  private record Range(CodeSystem system, String low, String high) {
    boolean covers(Coding coding) {
      if (!system.isSystemOf(coding)) {
        return false;
      }
      String code = system.normalize(coding.code());
      String lo = system.normalize(low);
      String hi = system.normalize(high);
      if (system.match() == Match.EXACT) {
        return code.compareTo(lo) >= 0 && code.compareTo(hi) <= 0;
      }
      if (code.length() < lo.length() || code.length() < hi.length()) {
        return false;
      }
      return code.substring(0, lo.length()).compareTo(lo) >= 0
          && code.substring(0, hi.length()).compareTo(hi) <= 0;
    }
  }

  private final List<Range> included = new ArrayList<>();
  private final List<Range> excluded = new ArrayList<>();

  /** Codes or ranges ({@code "C77-C79"}) of one system. */
  CodeSet include(CodeSystem system, String... codes) {
    for (String code : codes) {
      included.add(range(system, code));
    }
    return this;
  }

  CodeSet exclude(CodeSystem system, String... codes) {
    for (String code : codes) {
      excluded.add(range(system, code));
    }
    return this;
  }

  private static Range range(CodeSystem system, String code) {
    int dash = code.indexOf('-', 1);
    // A range is two codes of the same length around a dash ("A00-B89"); a LOINC code has a dash
    // too.
    if (system.match() != Match.EXACT && dash > 0) {
      return new Range(system, code.substring(0, dash), code.substring(dash + 1));
    }
    return new Range(system, code, code);
  }

  boolean contains(Coding coding) {
    boolean in = false;
    for (Range r : included) {
      if (r.covers(coding)) {
        in = true;
        break;
      }
    }
    if (!in) {
      return false;
    }
    for (Range r : excluded) {
      if (r.covers(coding)) {
        return false;
      }
    }
    return true;
  }

  boolean containsAny(List<Coding> codings) {
    for (Coding c : codings) {
      if (contains(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any coding is in a system the protocol declares, so that the set can say yes or no: the
   * data dictionary's rule is protocol-wide (a SNOMED-coded diagnosis is not "other malignancy"
   * even though that concept lists only ICD-10 codes).
   */
  boolean canClassify(List<Coding> codings) {
    for (Coding c : codings) {
      for (CodeSystem system : DECLARED) {
        if (system.isSystemOf(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Yes when a coding is in the set, unknown when none can be classified, else no. */
  dev.eligo.runtime.result.TruthValue in(List<Coding> codings) {
    if (codings.isEmpty()) {
      return dev.eligo.runtime.result.TruthValue.UNKNOWN;
    }
    if (containsAny(codings)) {
      return dev.eligo.runtime.result.TruthValue.TRUE;
    }
    return canClassify(codings)
        ? dev.eligo.runtime.result.TruthValue.FALSE
        : dev.eligo.runtime.result.TruthValue.UNKNOWN;
  }
}
