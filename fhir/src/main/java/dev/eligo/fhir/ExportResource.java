package dev.eligo.fhir;

import java.util.Objects;

/**
 * One resource line of a bulk export and where it was read, as a problem names it when the resource
 * cannot be parsed ({@code Observation.ndjson at byte 1200}).
 */
public record ExportResource(String where, byte[] json) {
  public ExportResource {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(json, "json");
  }
}
