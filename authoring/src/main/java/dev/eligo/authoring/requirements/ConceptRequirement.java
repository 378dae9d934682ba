package dev.eligo.authoring.requirements;

import dev.eligo.compiler.ast.Expr;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the protocol reads of one data declaration: from which FHIR resources, with which codes and
 * statuses, and from how long before the screening date.
 *
 * @param name the declaration's name in the criteria file
 * @param kind {@code observation}, {@code condition}, ... as the file declares it
 * @param reads the FHIR resources its records come from
 * @param codes the codes of its code set, each system with its URIs; empty for participations and
 *     attestations
 * @param judgingUris the code systems in which a record's codes let the concept judge it; a record
 *     coded in none of them is unclassified (the protocol-wide coding rule, or {@code classified
 *     by})
 * @param window the longest window its uses look back, or empty when some use reads all history
 * @param linkId the questionnaire item of an attestation, else {@code null}
 */
public record ConceptRequirement(
    String name,
    String label,
    String kind,
    List<ResourceRead> reads,
    List<Codes> codes,
    List<String> judgingUris,
    Optional<Expr.DurationLiteral> window,
    String linkId) {
  public ConceptRequirement {
    reads = List.copyOf(reads);
    codes = List.copyOf(codes);
    judgingUris = List.copyOf(judgingUris);
  }

  /**
   * Codes of one system in the code set.
   *
   * @param system the system's name in the criteria file
   * @param uris the URIs records may carry it under
   * @param matching how codes match: {@code exact}, {@code prefix}, {@code prefix ignoring dots}
   * @param included codes and ranges ({@code C77-C79}) included, as written
   * @param excluded codes and ranges excluded, as written
   */
  public record Codes(
      String system,
      List<String> uris,
      String matching,
      List<String> included,
      List<String> excluded) {
    public Codes {
      uris = List.copyOf(uris);
      included = List.copyOf(included);
      excluded = List.copyOf(excluded);
    }

    public boolean exact() {
      return matching.equals("exact");
    }
  }

  /** The first day of the window for a screening date, or empty when all history is read. */
  public Optional<LocalDate> from(LocalDate screening) {
    return window.map(
        w -> {
          long amount = w.amount().longValueExact();
          switch (w.unit()) {
            case DAYS:
              return screening.minusDays(amount);
            case WEEKS:
              return screening.minusWeeks(amount);
            case MONTHS:
              return screening.minusMonths(amount);
            case YEARS:
              return screening.minusYears(amount);
          }
          throw new AssertionError(w.unit());
        });
  }

  /** The window in words: {@code 28 days}, or {@code all history}. */
  public String windowText() {
    if (window.isPresent() && window.get().amount().signum() == 0) {
      return "at screening";
    }
    return window
        .map(
            w ->
                w.amount().toPlainString()
                    + " "
                    + w.unit().name().toLowerCase(Locale.ROOT)
                    + " before screening")
        .orElse("all history");
  }
}
