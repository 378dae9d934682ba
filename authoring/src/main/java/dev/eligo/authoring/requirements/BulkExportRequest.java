package dev.eligo.authoring.requirements;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The requirements as a FHIR Bulk Data kick-off request: {@code _type} names every resource type
 * read and one {@code _typeFilter} per search query (each query URL-encoded, as the Bulk Data
 * specification asks), so that an export holds what screening reads and little else. Resources the
 * reader only follows references to (Medication, ResearchStudy) are exported whole: a {@code
 * _typeFilter} cannot {@code _include}.
 */
public final class BulkExportRequest {
  private BulkExportRequest() {}

  /**
   * {@code $export?_type=...&_typeFilter=...}, to append to a base such as {@code [base]/Patient/}.
   */
  public static String of(DataRequirements requirements, LocalDate screening) {
    List<String> types = new ArrayList<>(requirements.resourceTypes());
    for (ConceptRequirement concept : requirements.concepts()) {
      for (ResourceRead read : concept.reads()) {
        for (String include : read.includes()) {
          String target = include.endsWith(":medication") ? "Medication" : "ResearchStudy";
          if (!types.contains(target)) {
            types.add(target);
          }
        }
      }
    }
    StringBuilder url = new StringBuilder("$export?_type=").append(String.join(",", types));
    for (SearchQueries.Query query : SearchQueries.of(requirements, null, screening)) {
      if (!query.parameters().isEmpty() || query.codeParameter() != null) {
        url.append("&_typeFilter=").append(URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
      }
    }
    return url.toString();
  }
}
