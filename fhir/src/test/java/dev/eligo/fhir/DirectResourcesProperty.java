package dev.eligo.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Damage anywhere in a resource (a value of another JSON type, an empty string, a date or code HAPI
 * refuses, an unknown member, an extension, an array where one value belongs, a second value of a
 * choice) must never be read directly into something other than what HAPI's parser makes of it: the
 * direct reader reads a damaged resource as HAPI does, with nothing to note, or declines it. And a
 * Bundle holding it reads to the same result both ways.
 */
class DirectResourcesProperty {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> RESOURCES = resources();

  @Property(tries = 1500)
  void aDamagedResource_isReadAsHapiReadsIt_orDeclined(
      @ForAll("resource") int which, @ForAll("seed") long seed) throws IOException {
    String damaged = damaged(RESOURCES.get(which), new Random(seed));
    boolean direct = DirectResourcesTest.DirectRead.sameAsHapi(damaged);
    Statistics.collect(direct ? "read directly" : "declined");
    // Damage the direct reader takes (a value changed, an element gone) is tried too.
    Statistics.coverage(
        coverage -> coverage.check("read directly").percentage(p -> p > 10 && p < 90));
  }

  @Property(tries = 300)
  void aBundleWithADamagedResource_readsTheSameBothWays(
      @ForAll("resource") int which, @ForAll("seed") long seed) {
    String damaged = damaged(RESOURCES.get(which), new Random(seed));
    DirectResourcesTest.DirectRead.assertSameBothWays(
        Fixtures.bundleWithPatient(List.of(damaged)).getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<Integer> resource() {
    return Arbitraries.integers().between(0, RESOURCES.size() - 1);
  }

  @Provide
  Arbitrary<Long> seed() {
    return Arbitraries.longs();
  }

  /** One to three kinds of damage at random places of the resource. */
  private static String damaged(String resource, Random random) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(resource);
      int times = 1 + random.nextInt(3);
      for (int i = 0; i < times; i++) {
        damage(tree, random);
      }
      return tree.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void damage(ObjectNode resource, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(resource, containers);
    JsonNode at = containers.get(random.nextInt(containers.size()));
    if (at instanceof ArrayNode array) {
      if (array.isEmpty() || random.nextInt(4) == 0) {
        array.add(replacement(random));
      } else {
        array.set(random.nextInt(array.size()), replacement(random));
      }
      return;
    }
    ObjectNode object = (ObjectNode) at;
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    names.remove("resourceType");
    int kind = random.nextInt(6);
    if (names.isEmpty() || kind == 0) {
      object.set(added(random), replacement(random));
      return;
    }
    String name = names.get(random.nextInt(names.size()));
    if (kind == 5) {
      name = names.stream().filter(n -> !choiceTwin(n).endsWith("X")).findFirst().orElse(name);
    }
    JsonNode value = object.get(name);
    switch (kind) {
      case 1 -> object.set(name, replacement(random));
      case 2 -> object.set(name, NODES.arrayNode().add(value));
      case 3 -> {
        if (value instanceof ArrayNode array && !array.isEmpty()) {
          object.set(name, array.get(0));
        } else {
          object.set("_" + name, NODES.objectNode().put("id", "x"));
        }
      }
      case 4 -> object.remove(name);
      default -> object.set(choiceTwin(name), replacement(random));
    }
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), into);
      }
    }
  }

  private static String added(Random random) {
    String[] names = {"madeUp", "extension", "modifierExtension", "id", "_status", "text", "value"};
    return names[random.nextInt(names.length)];
  }

  /** A second value of a choice element: valueQuantity beside valueString. */
  private static String choiceTwin(String name) {
    for (String choice : List.of("value", "effective", "onset", "abatement", "performed")) {
      if (name.startsWith(choice) && name.length() > choice.length()) {
        return name.endsWith("String") ? choice + "Boolean" : choice + "String";
      }
    }
    return name + "X";
  }

  private static JsonNode replacement(Random random) {
    return switch (random.nextInt(16)) {
      case 0 -> NODES.textNode("");
      case 1 -> NODES.textNode("x");
      case 2 -> NODES.numberNode(1);
      case 3 -> NODES.numberNode(new BigDecimal("1.50"));
      case 4 -> NODES.numberNode(new BigDecimal("1E+400"));
      case 5 -> NODES.booleanNode(true);
      case 6 -> NODES.nullNode();
      case 7 -> NODES.objectNode();
      case 8 -> NODES.arrayNode();
      case 9 -> NODES.textNode("2020-13-45");
      case 10 -> NODES.textNode("2020-02-03T10:00:00+01:00");
      case 11 -> NODES.textNode("madeUp");
      case 12 -> NODES.textNode("#x");
      case 13 -> NODES.objectNode().put("reference", "Patient/p1");
      case 14 -> NODES.arrayNode().add(NODES.objectNode().put("url", "u").put("valueString", "v"));
      default -> NODES.numberNode(new BigDecimal("0.0000001"));
    };
  }

  /** The resources of every test Bundle that a mapper reads. */
  private static List<String> resources() {
    List<String> resources = new ArrayList<>();
    try {
      for (String bundle : TestBundles.all()) {
        for (JsonNode entry : JSON.readTree(bundle).path("entry")) {
          JsonNode resource = entry.path("resource");
          if (resource.isObject()
              && DirectResources.reads(
                  resource.path("resourceType").asText(), ReadScope.everything())) {
            resources.add(resource.toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(resources);
  }
}
