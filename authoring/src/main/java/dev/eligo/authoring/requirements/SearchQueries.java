package dev.eligo.authoring.requirements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The requirements as FHIR R4 search queries for one patient and screening date: what to fetch so
 * that screening reads the same as on the patient's whole record. Per concept, the records coded in
 * its codes ({@code code=} for exact systems, {@code code:below=} for systems matched by prefix,
 * such as ICD-10 and ATC) and, for records other than observations, those coded in none of the
 * systems that judge them, which screening keeps as unclassified ({@code code:not=system|} for each
 * system the protocol declares, or the concept's {@code classified by} systems); in statuses that
 * can count; in its window when every use has one, with the records that give no date. Queries that
 * differ only in their codes are merged.
 */
public final class SearchQueries {
  /** Ranges longer than this are searched as their whole system rather than code by code. */
  static final int MAX_RANGE_CODES = 500;

  private SearchQueries() {}

  /**
   * One query, as {@code Type?param=value&...} without the base URL.
   *
   * @param codeParameter {@code code} or {@code code:below}, or {@code null} for no code filter
   * @param parameters the other parameters, each {@code name=value}, in order
   */
  public record Query(
      String resourceType, String codeParameter, List<String> codes, List<String> parameters) {
    public Query {
      codes = List.copyOf(codes);
      parameters = List.copyOf(parameters);
    }

    /** The query, its parameters joined by {@code &}. */
    public String text() {
      List<String> all = new ArrayList<>(parameters);
      if (codeParameter != null) {
        all.add(
            all.isEmpty() || !all.get(0).startsWith("patient=") ? 0 : 1,
            codeParameter + "=" + String.join(",", codes));
      }
      return resourceType + (all.isEmpty() ? "" : "?" + String.join("&", all));
    }
  }

  /**
   * The queries of every concept.
   *
   * @param patient the patient id ({@code patient=} of every query), or {@code null} for a query
   *     over every patient (Bulk Data's {@code _typeFilter})
   */
  public static List<Query> of(DataRequirements requirements, String patient, LocalDate screening) {
    Map<String, Query> merged = new LinkedHashMap<>();
    List<String> patientParameter = patient == null ? List.of() : List.of("patient=" + patient);
    add(
        merged,
        new Query(
            "Patient", null, List.of(), patient == null ? List.of() : List.of("_id=" + patient)));
    for (ConceptRequirement concept : requirements.concepts()) {
      for (ResourceRead read : concept.reads()) {
        List<String> common = new ArrayList<>(patientParameter);
        common.addAll(status(read));
        List<List<String>> dated = dates(concept, read, screening);
        List<String> includes = read.includes().stream().map(i -> "_include=" + i).toList();
        for (List<String> date : dated) {
          List<String> parameters = new ArrayList<>(common);
          parameters.addAll(date);
          for (Query codeQuery : codeQueries(concept, read, parameters)) {
            List<String> withIncludes = new ArrayList<>(codeQuery.parameters());
            withIncludes.addAll(patient == null ? List.of() : includes);
            add(
                merged,
                new Query(
                    codeQuery.resourceType(),
                    codeQuery.codeParameter(),
                    codeQuery.codes(),
                    withIncludes));
          }
        }
      }
    }
    return new ArrayList<>(merged.values());
  }

  private static List<Query> codeQueries(
      ConceptRequirement concept, ResourceRead read, List<String> parameters) {
    String type = read.resourceType();
    if (read.codeParameter() == null || concept.codes().isEmpty()) {
      return List.of(new Query(type, null, List.of(), parameters));
    }
    List<String> exact = new ArrayList<>();
    List<String> below = new ArrayList<>();
    List<String> wholeSystems = new ArrayList<>();
    for (ConceptRequirement.Codes codes : concept.codes()) {
      for (String code : codes.included()) {
        for (String uri : codes.uris()) {
          if (codes.exact()) {
            exact.add(uri + "|" + code);
          } else if (code.contains("-")) {
            Optional<List<String>> expanded = expand(code);
            if (expanded.isPresent()) {
              expanded.get().forEach(c -> below.add(uri + "|" + c));
            } else {
              wholeSystems.add(uri + "|");
            }
          } else {
            below.add(uri + "|" + code);
          }
        }
      }
    }
    List<Query> queries = new ArrayList<>();
    if (!exact.isEmpty() || !wholeSystems.isEmpty()) {
      List<String> values = new ArrayList<>(exact);
      values.addAll(wholeSystems);
      queries.add(new Query(type, read.codeParameter(), values, parameters));
    }
    if (!below.isEmpty()) {
      queries.add(new Query(type, read.codeParameter() + ":below", below, parameters));
    }
    if (!concept.kind().equals("observation")) {
      // Records coded in none of the systems that judge them cannot be classified, and screening
      // says
      // so. A concept read through two code elements (an encounter's class and type) judges a
      // record
      // coded in either, so both must lack such codes; the two reads give the same query, merged.
      List<String> unclassified = new ArrayList<>(parameters);
      for (ResourceRead sameType : concept.reads()) {
        if (sameType.resourceType().equals(type) && sameType.codeParameter() != null) {
          concept
              .judgingUris()
              .forEach(uri -> unclassified.add(sameType.codeParameter() + ":not=" + uri + "|"));
        }
      }
      queries.add(new Query(type, null, List.of(), unclassified));
    }
    return queries;
  }

  private static List<String> status(ResourceRead read) {
    if (read.statusParameter() == null) {
      return List.of();
    }
    if (!read.statuses().isEmpty()) {
      return List.of(read.statusParameter() + "=" + String.join(",", read.statuses()));
    }
    return read.excludedStatuses().stream().map(s -> read.statusParameter() + ":not=" + s).toList();
  }

  /** The date filters: one query from the window's first day, one for records without a date. */
  private static List<List<String>> dates(
      ConceptRequirement concept, ResourceRead read, LocalDate screening) {
    Optional<LocalDate> from = screening == null ? Optional.empty() : concept.from(screening);
    if (from.isEmpty() || read.dateParameter() == null) {
      return List.of(List.of());
    }
    return List.of(
        List.of(read.dateParameter() + "=ge" + from.get()),
        List.of(read.dateParameter() + ":missing=true"));
  }

  /**
   * The codes of a range {@code LOW-HIGH} whose ends have the same length and differ in digits or
   * capital letters only ({@code C77-C79}, {@code A00-B89}), each to be searched with {@code
   * :below}; empty for others, which are searched as their whole system.
   */
  static Optional<List<String>> expand(String range) {
    String[] ends = range.split("-", 2);
    String low = ends[0].replace(".", "");
    String high = ends[1].replace(".", "");
    if (low.length() != high.length() || low.isEmpty() || low.compareTo(high) > 0) {
      return Optional.empty();
    }
    List<String> codes = new ArrayList<>();
    char[] current = low.toCharArray();
    while (codes.size() <= MAX_RANGE_CODES) {
      String code = new String(current);
      if (!code.chars().allMatch(c -> Character.isDigit(c) || c >= 'A' && c <= 'Z')) {
        return Optional.empty();
      }
      codes.add(code);
      if (code.equals(high)) {
        return Optional.of(codes);
      }
      if (!increment(current)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  // Counts in digits 0-9 and letters A-Z at each place, as code lists are ordered.
  private static boolean increment(char[] code) {
    for (int i = code.length - 1; i >= 0; i--) {
      char c = code[i];
      if (c == '9' && Character.isDigit(c)) {
        code[i] = '0';
        continue;
      }
      if (c == 'Z') {
        code[i] = 'A';
        continue;
      }
      code[i] = (char) (c + 1);
      return true;
    }
    return false;
  }

  private static void add(Map<String, Query> merged, Query query) {
    String key = query.resourceType() + " " + query.codeParameter() + " " + query.parameters();
    Query existing = merged.get(key);
    if (existing == null) {
      merged.put(key, query);
      return;
    }
    List<String> codes = new ArrayList<>(existing.codes());
    query.codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
    merged.put(
        key,
        new Query(existing.resourceType(), existing.codeParameter(), codes, existing.parameters()));
  }
}
