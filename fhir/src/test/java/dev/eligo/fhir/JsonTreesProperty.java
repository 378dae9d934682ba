package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader's own tree builder must build, from any JSON, the tree the mapper builds: the same
 * nodes (decimals with their written scale, integers in their narrowest type) and the same
 * refusals.
 */
class JsonTreesProperty {

  @Property(tries = 1000)
  void buildsTheTreeTheMapperBuilds(@ForAll("json") String json) throws Exception {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonNode expected = FhirJson.readTree(bytes);
    JsonNode built;
    try (JsonParser parser = FhirJson.parser(bytes)) {
      parser.nextToken();
      built = JsonTrees.read(parser);
    }
    assertThat(built).isEqualTo(expected);
    assertThat(FhirJson.write(built)).isEqualTo(FhirJson.write(expected));
    assertThat(classes(built)).isEqualTo(classes(expected));
  }

  @Example
  void numbersKeepTheirWrittenForm() throws Exception {
    String json =
        "{\"a\":12.50,\"b\":1E+3,\"c\":-0.0,\"d\":2147483648,\"e\":99999999999999999999,"
            + "\"f\":7,\"g\":1.0e-7,\"h\":[true,false,null,\"\"]}";
    buildsTheTreeTheMapperBuilds(json);
    try (JsonParser parser = FhirJson.parser(json.getBytes(StandardCharsets.UTF_8))) {
      parser.nextToken();
      assertThat(FhirJson.write(JsonTrees.read(parser))).contains("\"a\":12.50");
    }
  }

  @Example
  void duplicateNamesAreRefusedAsByTheMapper() {
    byte[] json = "{\"a\":{\"b\":1,\"b\":2}}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> {
              try (JsonParser parser = FhirJson.parser(json)) {
                parser.nextToken();
                JsonTrees.read(parser);
              }
            })
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Duplicate field 'b'");
  }

  private static String classes(JsonNode node) {
    StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
    if (node.isContainerNode()) {
      out.append('(');
      node.elements().forEachRemaining(child -> out.append(classes(child)).append(','));
      out.append(')');
    }
    return out.toString();
  }

  @Provide
  Arbitrary<String> json() {
    return value(4);
  }

  private Arbitrary<String> value(int depth) {
    Arbitrary<String> scalar =
        Arbitraries.oneOf(
            Arbitraries.of("true", "false", "null", "0", "-0", "-0.0", "1E2", "2.5e-3", "1.000"),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.bigIntegers()
                .between(
                    new java.math.BigInteger("-99999999999999999999999"),
                    new java.math.BigInteger("99999999999999999999999"))
                .map(String::valueOf),
            Arbitraries.bigDecimals()
                .between(new java.math.BigDecimal("-1e6"), new java.math.BigDecimal("1e6"))
                .ofScale(4)
                .map(java.math.BigDecimal::toPlainString),
            Arbitraries.strings().ofMaxLength(8).map(JsonTreesProperty::quoted));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> child = Arbitraries.lazy(() -> value(depth - 1));
    Arbitrary<String> array = child.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
    Arbitrary<String> object =
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(6)
            .set()
            .ofMaxSize(4)
            .flatMap(
                names ->
                    child
                        .list()
                        .ofSize(names.size())
                        .map(
                            values -> {
                              StringBuilder out = new StringBuilder("{");
                              int i = 0;
                              for (String name : names) {
                                out.append(i == 0 ? "" : ",")
                                    .append(quoted(name))
                                    .append(':')
                                    .append(values.get(i++));
                              }
                              return out.append('}').toString();
                            }));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalar),
        net.jqwik.api.Tuple.of(1, array),
        net.jqwik.api.Tuple.of(2, object));
  }

  private static String quoted(String text) {
    return FhirJson.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
  }
}
