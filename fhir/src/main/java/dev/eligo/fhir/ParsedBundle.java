package dev.eligo.fhir;

import dev.eligo.runtime.record.RecordProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * A Bundle assembled from JSON, entry by entry, with what the parser noted about each resource and
 * the entries that could not be parsed at all.
 */
final class ParsedBundle {
  private final Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
  // Keyed by identity: HAPI resources do not define equals, and two entries may be equal in value.
  private final Map<Resource, List<String>> notes = new IdentityHashMap<>();
  private final List<RecordProblem> unreadableEntries = new ArrayList<>();
  private final List<LostResource> lost = new ArrayList<>();
  private final Set<Resource> standIns = Collections.newSetFromMap(new IdentityHashMap<>());
  // Where each resource of a Bundle file was: its entry's index among all the entries, whatever
  // could be read of the others.
  private final Map<Resource, String> places = new IdentityHashMap<>();

  /**
   * A resource that is there but could not be read at all.
   *
   * @param type its resourceType as far as it could be read, or {@code ""}
   */
  record LostResource(String type, RecordProblem problem) {}

  /**
   * Adds a parsed resource under its full URL, or, when it could not be parsed, records it as lost
   * (of {@code type}, as far as that could be read) with the problem saying why.
   */
  void add(
      String fullUrl, FhirJson.ParsedResource parsed, String type, UnreadableEntry whenFailed) {
    if (parsed.resource() == null) {
      lost.add(new LostResource(type, whenFailed.problem(parsed.failure())));
      return;
    }
    bundle.addEntry().setFullUrl(fullUrl).setResource(parsed.resource());
    if (!parsed.read()) {
      standIns.add(parsed.resource());
    }
    if (!parsed.notes().isEmpty()) {
      notes.put(parsed.resource(), parsed.notes());
    }
  }

  /** Adds a resource read with nothing to note (see {@link DirectResources}). */
  void addRead(String fullUrl, Resource resource) {
    add(fullUrl, FhirJson.ParsedResource.parsed(resource, List.of()), "", null);
  }

  void addUnreadable(RecordProblem problem) {
    unreadableEntries.add(problem);
  }

  void addLost(String type, RecordProblem problem) {
    lost.add(new LostResource(type, problem));
  }

  List<LostResource> lost() {
    return List.copyOf(lost);
  }

  Bundle bundle() {
    return bundle;
  }

  /** Notes where a resource stood in the Bundle file ({@code entry[3]}), for one without id. */
  void place(Resource resource, String place) {
    places.put(resource, place);
  }

  /** Where a resource stood in the Bundle file, or null when that is not known. */
  String placeOf(Resource resource) {
    return places.get(resource);
  }

  List<String> notesFor(Resource resource) {
    return notes.getOrDefault(resource, List.of());
  }

  /**
   * Whether a resource only stands in for one of a type that is never read: its content was not
   * parsed, so it is no copy of another with the same id.
   */
  boolean isStandIn(Resource resource) {
    return standIns.contains(resource);
  }

  List<RecordProblem> unreadableEntries() {
    return List.copyOf(unreadableEntries);
  }

  /** Makes the problem for an entry whose resource could not be parsed. */
  @FunctionalInterface
  interface UnreadableEntry {
    RecordProblem problem(String reason);
  }
}
