package dev.eligo.authoring.requirements;

import java.util.List;

/**
 * How the FHIR reader gets one kind of record from one FHIR resource type, as search sees it.
 *
 * @param resourceType the FHIR R4 resource type, e.g. {@code MedicationStatement}
 * @param codeParameter the token search parameter of the record's codes, or {@code null} when it
 *     has none
 * @param statusParameter the search parameter of its status, or {@code null}
 * @param statuses the status codes of records that count or may count; empty when the status is
 *     tested by excluding ({@link #excludedStatuses})
 * @param excludedStatuses codes whose records never count, searched with {@code :not}; empty when
 *     {@link #statuses} lists those that count
 * @param dateParameter the date search parameter windows filter on, or {@code null} when a window
 *     cannot be searched for this type (a condition's period spans two elements)
 * @param includes {@code _include}s that bring resources the reader resolves references to
 */
public record ResourceRead(
    String resourceType,
    String codeParameter,
    String statusParameter,
    List<String> statuses,
    List<String> excludedStatuses,
    String dateParameter,
    List<String> includes) {
  public ResourceRead {
    statuses = List.copyOf(statuses);
    excludedStatuses = List.copyOf(excludedStatuses);
    includes = List.copyOf(includes);
  }
}
