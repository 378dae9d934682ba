package dev.eligo.fhir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Resource;

/**
 * Resources that share an id or a full URL, as merged exports have them. A copy with the same
 * content is read once (and said so); copies that differ are all read, each with a problem, so the
 * runtime counts none of them as surely what it says, and references to the id name them all.
 */
final class Duplicates {
  private final Map<String, List<Resource>> byKey;
  // Keyed by identity: two copies are equal in content by definition of a repeat.
  private final Set<Resource> repeats = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Resource, List<Resource>> differing = new IdentityHashMap<>();

  /** For about this many keys. */
  Duplicates(int keys) {
    byKey = new LinkedHashMap<>(keys * 4 / 3 + 1);
  }

  void add(String key, Resource resource) {
    List<Resource> same = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!same.contains(resource)) {
      same.add(resource);
    }
  }

  /** Writes a problem for each id or URL given more than once, and marks the repeats. */
  void report(MappingContext context, Predicate<Resource> isStandIn) {
    for (Map.Entry<String, List<Resource>> entry : byKey.entrySet()) {
      List<Resource> copies = entry.getValue();
      if (copies.size() < 2 || repeats.containsAll(copies.subList(1, copies.size()))) {
        continue;
      }
      if (copies.stream().allMatch(isStandIn)) {
        continue; // what they hold was not read, so whether they agree is not known nor needed
      }
      Resource first = copies.get(0);
      List<Resource> distinct = new ArrayList<>();
      for (Resource copy : copies) {
        // A stand-in's content was not read, so it is like no other copy.
        if (isStandIn.test(copy) || distinct.stream().noneMatch(d -> d.equalsDeep(copy))) {
          distinct.add(copy);
        } else if (copy != first && !differing.containsKey(copy)) {
          repeats.add(copy);
        }
      }
      if (distinct.size() == 1) {
        context.note(
            first,
            entry.getKey()
                + " appears "
                + copies.size()
                + " times with the same content; it was read once");
      } else {
        for (Resource copy : distinct) {
          differing.put(copy, distinct);
          context.problem(
              copy,
              entry.getKey()
                  + " appears "
                  + copies.size()
                  + " times with different content;"
                  + " which copy is right cannot be told, so none is taken as read");
        }
      }
    }
  }

  boolean isRepeat(Resource resource) {
    return repeats.contains(resource);
  }

  /** The different resources sharing the id of this one, or empty when it has no such twin. */
  List<Resource> differing(Resource resource) {
    return differing.getOrDefault(resource, List.of());
  }
}
