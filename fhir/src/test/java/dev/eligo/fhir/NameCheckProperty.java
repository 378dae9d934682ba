package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The Bundle reader finds names given twice itself ({@link NameCheck}), wherever they are: in the
 * Bundle, an entry, a resource read directly or the slow way, an element passed over, a resource of
 * a type never read. A Bundle with one is the error Jackson's own check gives, where it gives it; a
 * Bundle without one is read once.
 */
class NameCheckProperty {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();
  private static final List<String> BUNDLES = TestBundles.all();
  private static final List<ReadScope> SCOPES =
      List.of(
          ReadScope.everything(),
          ReadScope.of(List.of("Observation")),
          ReadScope.of(List.of("Condition", "Procedure")));

  /**
   * A name given twice, and maybe JSON broken right after its second value (with, maybe, an unknown
   * member before it that has a resource read directly declined and the rest of it read unchecked):
   * the error is the one Jackson's check gives, the repeat when it comes first.
   */
  @Property(tries = 1000)
  void aNameGivenTwiceAnywhere_isTheErrorJacksonGives(
      @ForAll("bundle") int which,
      @ForAll("seed") long seed,
      @ForAll("scope") int scopeIndex,
      @ForAll boolean direct,
      @ForAll boolean broken) {
    byte[] json = withANameGivenTwice(BUNDLES.get(which), new Random(seed), broken);
    ReadScope scope = SCOPES.get(scopeIndex);

    BundleJsonReader.Outcome byJackson =
        BundleJsonReader.readCheckedByTheParser(json, scope, direct);
    if (!broken) {
      assertThatThrownBy(() -> BundleJsonReader.readCheckingNames(json, scope, direct))
          .isSameAs(NameCheck.Repeated.INSTANCE);
      assertThat(byJackson.error()).contains("Duplicate field");
    }
    assertThat(BundleJsonReader.read(json, scope, direct).error())
        .isNotNull()
        .isEqualTo(byJackson.error());
  }

  @Test
  void aBundleWithoutARepeatedName_isReadOnce() {
    for (String bundle : BUNDLES) {
      byte[] json = bundle.getBytes(StandardCharsets.UTF_8);
      for (ReadScope scope : SCOPES) {
        for (boolean direct : new boolean[] {true, false}) {
          assertThatCode(() -> BundleJsonReader.readCheckingNames(json, scope, direct))
              .as(bundle)
              .doesNotThrowAnyException();
        }
      }
    }
  }

  @Provide
  Arbitrary<Integer> bundle() {
    return Arbitraries.integers().between(0, BUNDLES.size() - 1);
  }

  @Provide
  Arbitrary<Integer> scope() {
    return Arbitraries.integers().between(0, SCOPES.size() - 1);
  }

  @Provide
  Arbitrary<Long> seed() {
    return Arbitraries.longs();
  }

  /**
   * The Bundle with one member of one of its objects, at any depth, given again at a random place
   * among the object's members: with the same value or another.
   */
  private static byte[] withANameGivenTwice(String bundle, Random random, boolean broken) {
    try {
      JsonNode root = JSON.readTree(bundle);
      List<ObjectNode> objects = new ArrayList<>();
      collect(root, objects);
      ObjectNode at = objects.get(random.nextInt(objects.size()));
      List<String> names = new ArrayList<>();
      at.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      JsonNode again =
          random.nextBoolean() ? at.get(name) : JsonNodeFactory.instance.textNode("again");
      // Broken: a flaw right after the name's second value, and maybe an unknown member first,
      // which has a resource read directly declined and the rest of it read unchecked.
      Repeat repeat =
          new Repeat(
              at,
              random.nextInt(names.size() + 1),
              name,
              again,
              broken ? "]},:\"[{x".charAt(random.nextInt(8)) : 0,
              broken && random.nextBoolean(),
              new int[1]);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator generator = FACTORY.createGenerator(out)) {
        write(root, repeat, generator);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Repeat(
      ObjectNode object,
      int position,
      String name,
      JsonNode value,
      char flaw,
      boolean unknownFirst,
      int[] written) {}

  private static void write(JsonNode node, Repeat repeat, JsonGenerator out) throws IOException {
    if (node.isObject()) {
      out.writeStartObject();
      if (node == repeat.object() && repeat.unknownFirst()) {
        out.writeNumberField("madeUp", 1);
      }
      int position = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext();
          position++) {
        if (node == repeat.object() && position == repeat.position()) {
          writeMember(repeat.name(), repeat.value(), repeat, out);
        }
        Map.Entry<String, JsonNode> member = it.next();
        writeMember(member.getKey(), member.getValue(), repeat, out);
      }
      if (node == repeat.object() && position == repeat.position()) {
        writeMember(repeat.name(), repeat.value(), repeat, out);
      }
      out.writeEndObject();
    } else if (node.isArray()) {
      out.writeStartArray();
      for (JsonNode item : node) {
        write(item, repeat, out);
      }
      out.writeEndArray();
    } else {
      out.writeTree(node);
    }
  }

  private static void writeMember(String name, JsonNode value, Repeat repeat, JsonGenerator out)
      throws IOException {
    out.writeFieldName(name);
    write(value, repeat, out);
    if (name.equals(repeat.name()) && ++repeat.written()[0] == 2 && repeat.flaw() != 0) {
      out.writeRaw(repeat.flaw());
    }
  }

  private static void collect(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode object && !object.isEmpty()) {
      into.add(object);
    }
    for (JsonNode child : node) {
      collect(child, into);
    }
  }
}
