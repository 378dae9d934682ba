package dev.eligo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Damage done to a Bundle the ways exports damage data: a value of another JSON type, a required
 * element deleted, a duplicated resource (same or changed), a date that is no date, a number no
 * measurement can be, the bytes re-encoded or broken, control characters in an id. Deleting an
 * optional element or putting in another plausible value is not damage but other data, so it is not
 * done here.
 */
enum Mutation {
  TYPE_SWAP,
  DELETE_REQUIRED,
  DUPLICATE_RESOURCE,
  BAD_DATE,
  HUGE_NUMBER,
  ENCODING,
  CONTROL_CHARACTERS;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> BAD_DATES =
      List.of(
          "9999-12-31",
          "0001-01-01",
          "1900-01-01",
          "2026-13-45",
          "2026-02-30",
          "yesterday",
          "",
          "2026-11-24T25:61:00Z",
          "99999-01-01");
  private static final List<BigDecimal> HUGE =
      List.of(
          new BigDecimal("1e39"),
          new BigDecimal("-1e39"),
          new BigDecimal("1e400"),
          new BigDecimal("-5"),
          new BigDecimal("123456789012345678901234567890"),
          new BigDecimal("-0.001"));

  /** Elements FHIR requires (1..1) in the resources the mapping reads, and a coding's system. */
  private static final Map<String, List<String>> REQUIRED =
      Map.of(
          "Observation", List.of("status", "code", "resourceType"),
          "Condition", List.of("resourceType"),
          "MedicationStatement",
              List.of("status", "medicationCodeableConcept", "medicationReference", "resourceType"),
          "MedicationAdministration",
              List.of(
                  "status",
                  "medicationCodeableConcept",
                  "medicationReference",
                  "effectiveDateTime",
                  "effectivePeriod",
                  "resourceType"),
          "MedicationRequest",
              List.of("status", "medicationCodeableConcept", "medicationReference", "resourceType"),
          "Procedure", List.of("status", "resourceType"),
          "ResearchSubject", List.of("status", "study", "resourceType"),
          "QuestionnaireResponse", List.of("status", "resourceType"),
          "AllergyIntolerance", List.of("resourceType"));

  private static final Set<String> DATE_KEYS =
      Set.of(
          "birthDate",
          "effectiveDateTime",
          "onsetDateTime",
          "abatementDateTime",
          "recordedDate",
          "authored",
          "issued",
          "start",
          "end",
          "performedDateTime",
          "authoredOn",
          "lastUpdated");

  /** A damaged copy of the Bundle and what was done to it. */
  record Mutant(byte[] bytes, String description) {}

  Mutant apply(byte[] original, Random random) {
    ObjectNode bundle = SampleBundle.parse(new String(original, StandardCharsets.UTF_8));
    String done;
    switch (this) {
      case ENCODING:
        return encoding(original, random);
      case TYPE_SWAP:
        done = typeSwap(randomResource(bundle, random), random);
        break;
      case DELETE_REQUIRED:
        done = deleteRequired(bundle, random);
        break;
      case DUPLICATE_RESOURCE:
        done = duplicate(bundle, random);
        break;
      case BAD_DATE:
        done = badDate(bundle, random);
        break;
      case HUGE_NUMBER:
        done = hugeNumber(bundle, random);
        break;
      case CONTROL_CHARACTERS:
        ObjectNode resource = randomResource(bundle, random);
        String id = resource.path("id").asText("x");
        resource.put(
            "id",
            id.substring(0, id.length() / 2) + "\u001b[31m\r" + id.substring(id.length() / 2));
        done = "control characters in the id of " + resource.path("resourceType").asText();
        break;
      default:
        throw new AssertionError(this);
    }
    return new Mutant(
        bundle.toString().getBytes(StandardCharsets.UTF_8),
        done == null ? "nothing to damage" : done);
  }

  private static Mutant encoding(byte[] original, Random random) {
    String text = new String(original, StandardCharsets.UTF_8);
    switch (random.nextInt(6)) {
      case 0:
        return new Mutant(
            text.getBytes(Charset.forName(random.nextBoolean() ? "UTF-16BE" : "UTF-16LE")),
            "UTF-16");
      case 1:
        return new Mutant(text.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1");
      case 2:
        byte[] bom = new byte[original.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(original, 0, bom, 3, original.length);
        return new Mutant(bom, "a UTF-8 byte order mark");
      case 3:
        {
          byte[] bad = original.clone();
          int at = random.nextInt(bad.length);
          bad[at] = (byte) (0x80 + random.nextInt(0x80));
          return new Mutant(bad, "byte " + at + " made " + (bad[at] & 0xFF));
        }
      case 4:
        return new Mutant(Arrays.copyOf(original, random.nextInt(original.length)), "cut short");
      default:
        {
          byte[] nul = original.clone();
          nul[random.nextInt(nul.length)] = 0;
          return new Mutant(nul, "a NUL byte");
        }
    }
  }

  private static ObjectNode randomResource(ObjectNode bundle, Random random) {
    ArrayNode entries = (ArrayNode) bundle.get("entry");
    return (ObjectNode) entries.get(random.nextInt(entries.size())).get("resource");
  }

  /** Replaces one scalar of a resource by a value of another JSON type. */
  private static String typeSwap(ObjectNode resource, Random random) {
    List<Object[]> scalars = new ArrayList<>();
    collect(resource, scalars, n -> n.isValueNode());
    if (scalars.isEmpty()) {
      return null;
    }
    Object[] at = scalars.get(random.nextInt(scalars.size()));
    JsonNode old = get(at);
    JsonNode replacement;
    if (old.isTextual()) {
      replacement = random.nextBoolean() ? NODES.numberNode(7) : NODES.booleanNode(true);
    } else if (old.isNumber()) {
      replacement = random.nextBoolean() ? NODES.textNode(old.asText()) : NODES.booleanNode(false);
    } else if (old.isBoolean()) {
      replacement = random.nextBoolean() ? NODES.textNode(old.asText()) : NODES.numberNode(1);
    } else {
      replacement = NODES.textNode("null");
    }
    if (random.nextInt(5) == 0) {
      replacement = random.nextBoolean() ? NODES.objectNode() : NODES.arrayNode().add(old);
    }
    set(at, replacement);
    return "'"
        + at[1]
        + "' of "
        + resource.path("resourceType").asText()
        + " "
        + old
        + " -> "
        + replacement;
  }

  private static String deleteRequired(ObjectNode bundle, Random random) {
    ObjectNode resource = randomResource(bundle, random);
    String type = resource.path("resourceType").asText();
    List<String> keys = new ArrayList<>(REQUIRED.getOrDefault(type, List.of()));
    keys.removeIf(k -> !resource.has(k));
    List<Object[]> codings = new ArrayList<>();
    collect(resource, codings, n -> false);
    if (random.nextInt(3) == 0) {
      List<ObjectNode> systems = new ArrayList<>();
      findCodings(resource, systems);
      if (!systems.isEmpty()) {
        systems.get(random.nextInt(systems.size())).remove("system");
        return "a coding's system deleted in " + type;
      }
    }
    if (keys.isEmpty()) {
      return null;
    }
    String key = keys.get(random.nextInt(keys.size()));
    resource.remove(key);
    return type + "." + key + " deleted";
  }

  private static void findCodings(JsonNode node, List<ObjectNode> found) {
    if (node.isObject()) {
      if (node.has("system")
          && node.has("code")
          && node.path("code").isTextual()
          && !node.has("value")) {
        found.add((ObjectNode) node);
      }
      node.properties().forEach(f -> findCodings(f.getValue(), found));
    } else if (node.isArray()) {
      node.forEach(n -> findCodings(n, found));
    }
  }

  private static String duplicate(ObjectNode bundle, Random random) {
    ArrayNode entries = (ArrayNode) bundle.get("entry");
    JsonNode entry = entries.get(random.nextInt(entries.size())).deepCopy();
    ObjectNode resource = (ObjectNode) entry.get("resource");
    String changed = random.nextBoolean() ? typeSwapLike(resource, random) : null;
    entries.add(entry);
    return resource.path("resourceType").asText()
        + "/"
        + resource.path("id").asText()
        + " given twice"
        + (changed == null ? " alike" : ", the copy with " + changed);
  }

  // The copy says something else: a scalar replaced by another of the same type.
  private static String typeSwapLike(ObjectNode resource, Random random) {
    List<Object[]> scalars = new ArrayList<>();
    collect(resource, scalars, n -> n.isTextual() || n.isNumber());
    scalars.removeIf(
        s -> s[1].equals("id") || s[1].equals("resourceType") || s[1].equals("reference"));
    if (scalars.isEmpty()) {
      return null;
    }
    Object[] at = scalars.get(random.nextInt(scalars.size()));
    JsonNode old = get(at);
    set(
        at,
        old.isNumber()
            ? NODES.numberNode(old.decimalValue().add(BigDecimal.ONE))
            : NODES.textNode(old.asText() + "x"));
    return "'" + at[1] + "' changed";
  }

  private static String badDate(ObjectNode bundle, Random random) {
    List<Object[]> dates = new ArrayList<>();
    collect(bundle, dates, n -> n.isTextual());
    dates.removeIf(d -> !(d[1] instanceof String) || !DATE_KEYS.contains((String) d[1]));
    if (dates.isEmpty()) {
      return null;
    }
    Object[] at = dates.get(random.nextInt(dates.size()));
    String old = get(at).asText();
    String bad =
        at[1].equals("birthDate") && random.nextBoolean()
            ? old + "T00:00:00Z"
            : BAD_DATES.get(random.nextInt(BAD_DATES.size()));
    set(at, NODES.textNode(bad));
    return at[1] + " " + old + " -> '" + bad + "'";
  }

  private static String hugeNumber(ObjectNode bundle, Random random) {
    List<Object[]> numbers = new ArrayList<>();
    collect(bundle, numbers, JsonNode::isNumber);
    if (numbers.isEmpty()) {
      return null;
    }
    Object[] at = numbers.get(random.nextInt(numbers.size()));
    BigDecimal huge = HUGE.get(random.nextInt(HUGE.size()));
    JsonNode old = get(at);
    set(at, NODES.numberNode(huge));
    return at[1] + " " + old + " -> " + huge;
  }

  // Every place (container, key or index) under a node whose value passes the test.
  private static void collect(
      JsonNode node, List<Object[]> found, java.util.function.Predicate<JsonNode> test) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              f -> {
                if (test.test(f.getValue())) {
                  found.add(new Object[] {node, f.getKey()});
                }
                collect(f.getValue(), found, test);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (test.test(node.get(i))) {
          found.add(new Object[] {node, i});
        }
        collect(node.get(i), found, test);
      }
    }
  }

  private static JsonNode get(Object[] at) {
    return at[1] instanceof String
        ? ((JsonNode) at[0]).get((String) at[1])
        : ((JsonNode) at[0]).get((Integer) at[1]);
  }

  private static void set(Object[] at, JsonNode value) {
    if (at[1] instanceof String) {
      ((ObjectNode) at[0]).set((String) at[1], value);
    } else {
      ((ArrayNode) at[0]).set((Integer) at[1], value);
    }
  }
}
