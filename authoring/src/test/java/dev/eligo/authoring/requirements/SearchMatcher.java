package dev.eligo.authoring.requirements;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eligo.runtime.record.RecordDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FHIR R4 search, as a server would run the queries {@link SearchQueries} writes, over the
 * resources of one patient's Bundle (JSON): token parameters with {@code system|code}, {@code
 * system|}, {@code :below} (a code and those it begins, dots ignored, as ICD-10 and ATC codes nest)
 * and {@code :not}; date parameters with {@code ge} (the element's range reaches the day; an open
 * period reaches every day) and {@code :missing=true}. Each parameter's element follows the search
 * parameter's FHIR R4 expression.
 */
final class SearchMatcher {
  /** The medication's code; every other token parameter searches the element of its own name. */
  private static final Map<String, String> CODE_ELEMENTS =
      Map.of(
          "MedicationStatement", "medicationCodeableConcept",
          "MedicationAdministration", "medicationCodeableConcept",
          "MedicationRequest", "medicationCodeableConcept",
          "MedicationDispense", "medicationCodeableConcept");

  private static final Map<String, List<String>> DATE_ELEMENTS =
      Map.ofEntries(
          Map.entry(
              "Observation", List.of("effectiveDateTime", "effectivePeriod", "effectiveInstant")),
          Map.entry("MedicationStatement", List.of("effectiveDateTime", "effectivePeriod")),
          Map.entry("MedicationAdministration", List.of("effectiveDateTime", "effectivePeriod")),
          Map.entry("Procedure", List.of("performedDateTime", "performedPeriod")),
          Map.entry("AllergyIntolerance", List.of("recordedDate")),
          Map.entry("ResearchSubject", List.of("period")),
          Map.entry(
              "Specimen", List.of("collection.collectedDateTime", "collection.collectedPeriod")),
          Map.entry("Encounter", List.of("period")),
          Map.entry("DiagnosticReport", List.of("effectiveDateTime", "effectivePeriod")),
          Map.entry("ImagingStudy", List.of("started")));

  private SearchMatcher() {}

  /**
   * Whether the resource is a result of the query ({@code Type?param=value&...}, {@code patient}
   * and {@code _include} aside).
   */
  static boolean matches(String query, JsonNode resource) {
    String[] typeAndParameters = query.split("\\?", 2);
    if (!resource.path("resourceType").asText().equals(typeAndParameters[0])) {
      return false;
    }
    if (typeAndParameters.length == 1) {
      return true;
    }
    for (String parameter : typeAndParameters[1].split("&")) {
      String[] nameAndValue = parameter.split("=", 2);
      if (!matchesParameter(typeAndParameters[0], nameAndValue[0], nameAndValue[1], resource)) {
        return false;
      }
    }
    return true;
  }

  /** The {@code _include}s of a query, e.g. {@code MedicationStatement:medication}. */
  static List<String> includes(String query) {
    List<String> includes = new ArrayList<>();
    for (String parameter : query.substring(query.indexOf('?') + 1).split("&")) {
      if (parameter.startsWith("_include=")) {
        includes.add(parameter.substring("_include=".length()));
      }
    }
    return includes;
  }

  private static boolean matchesParameter(
      String type, String name, String value, JsonNode resource) {
    String[] nameAndModifier = name.split(":", 2);
    String base = nameAndModifier[0];
    String modifier = nameAndModifier.length > 1 ? nameAndModifier[1] : "";
    switch (base) {
      case "patient":
      case "_include":
        return true; // every resource of a patient's Bundle is the patient's
      case "_id":
        return resource.path("id").asText().equals(value);
      case "code":
      case "type":
      case "class":
        String element = base.equals("code") ? CODE_ELEMENTS.getOrDefault(type, "code") : base;
        return token(codings(resource, List.of(element)), modifier, value);
      case "verification-status":
        return token(codings(resource, List.of("verificationStatus")), modifier, value);
      case "status":
        List<String[]> status = new ArrayList<>();
        if (resource.has("status")) {
          status.add(new String[] {null, resource.get("status").asText()});
        }
        return token(status, modifier, value);
      case "date":
      case "effective":
      case "effective-time":
      case "collected":
      case "started":
        return date(resource, DATE_ELEMENTS.get(type), modifier, value);
      default:
        throw new IllegalArgumentException(
            "the matcher does not know the parameter " + name + " of " + type);
    }
  }

  /**
   * The {system, code} pairs of the CodeableConcepts or Codings in these elements, repeated or not.
   */
  private static List<String[]> codings(JsonNode resource, List<String> elements) {
    List<String[]> codings = new ArrayList<>();
    for (String element : elements) {
      JsonNode value = resource.path(element);
      for (JsonNode one : value.isArray() ? value : List.of(value)) {
        for (JsonNode coding : one.has("coding") ? one.path("coding") : List.of(one)) {
          if (coding.has("code") || coding.has("system")) {
            codings.add(
                new String[] {
                  coding.path("system").asText(null), coding.path("code").asText(null)
                });
          }
        }
      }
    }
    return codings;
  }

  private static boolean token(List<String[]> codings, String modifier, String values) {
    boolean any = false;
    for (String value : values.split(",")) {
      for (String[] coding : codings) {
        any |= tokenMatches(coding, value, modifier.equals("below"));
      }
    }
    return modifier.equals("not") != any;
  }

  private static boolean tokenMatches(String[] coding, String value, boolean below) {
    int bar = value.indexOf('|');
    String system = bar < 0 ? null : value.substring(0, bar);
    String code = bar < 0 ? value : value.substring(bar + 1);
    if (system != null && !system.equals(coding[0])) {
      return false;
    }
    if (code.isEmpty()) {
      return true;
    }
    if (coding[1] == null) {
      return false;
    }
    if (below) {
      return normal(coding[1]).startsWith(normal(code));
    }
    return coding[1].equals(code);
  }

  private static String normal(String code) {
    return code.replace(".", "").toUpperCase(Locale.ROOT);
  }

  private static boolean date(
      JsonNode resource, List<String> elements, String modifier, String value) {
    JsonNode found = null;
    String foundName = null;
    for (String element : elements) {
      JsonNode at = resource.at("/" + element.replace('.', '/'));
      if (!at.isMissingNode()) {
        found = at;
        foundName = element;
      }
    }
    if (modifier.equals("missing")) {
      return (found == null) == Boolean.parseBoolean(value);
    }
    if (found == null || !value.startsWith("ge")) {
      return false;
    }
    LocalDate from = LocalDate.parse(value.substring(2));
    LocalDate last;
    if (foundName.endsWith("Period") || foundName.endsWith("period")) {
      if (!found.has("end")) {
        return true; // still going on
      }
      last = RecordDate.parse(found.get("end").asText()).last();
    } else {
      last = RecordDate.parse(found.asText()).last();
    }
    return !last.isBefore(from);
  }
}
