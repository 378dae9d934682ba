package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * A resource read straight from the parser is the resource HAPI's parser makes of the same JSON,
 * and is read so only when HAPI's parser has nothing to say of it; every test Bundle reads to the
 * same result both ways.
 */
class DirectResourcesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyResourceOfTheTestBundles_readDirectly_isWhatHapiMakesOfIt() throws IOException {
    int direct = 0;
    int mapped = 0;
    for (String bundle : TestBundles.all()) {
      for (JsonNode entry : JSON.readTree(bundle).path("entry")) {
        JsonNode resource = entry.path("resource");
        if (!resource.isObject()
            || !DirectResources.reads(
                resource.path("resourceType").asText(), ReadScope.everything())) {
          continue;
        }
        mapped++;
        if (DirectRead.sameAsHapi(resource.toString())) {
          direct++;
        }
      }
    }
    assertThat(mapped).isGreaterThan(1000);
    assertThat(direct).as("read directly, of %d", mapped).isGreaterThan(mapped * 9 / 10);
  }

  @Test
  void everyTestBundle_readsTheSameDirectlyAsTheSlowWay() {
    for (String bundle : TestBundles.all()) {
      DirectRead.assertSameBothWays(bundle.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void whatHapiWouldNoteIsDeclined() throws IOException {
    String condition =
        "{\"resourceType\":\"Condition\",\"id\":\"c1\",%s"
            + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"1\"}]}}";
    for (String member :
        List.of(
            "\"madeUp\":1,",
            "\"recordedDate\":20200301,",
            "\"recordedDate\":\"2020-13-45\",",
            "\"recordedDate\":\"\",",
            "\"recordedDate\":null,",
            "\"_recordedDate\":{\"id\":\"x\"},",
            "\"bodySite\":[{\"extension\":[{\"url\":\"u\",\"valueString\":\"v\"}]}],",
            "\"bodySite\":{\"text\":\"arm\"},",
            "\"onsetDateTime\":\"2020\",\"onsetString\":\"child\",",
            "\"subject\":{\"reference\":\"#p1\"},",
            "\"contained\":[{\"resourceType\":\"Patient\",\"id\":\"p1\"}],",
            "\"clinicalStatus\":{\"coding\":{\"code\":\"active\"}},")) {
      String json = String.format(condition, member);
      assertThat(DirectRead.direct(json)).as(json).isNull();
      DirectRead.assertSameBothWays(Fixtures.bundleWithPatient(List.of(json)).getBytes());
    }
  }

  /** A name given twice anywhere in a Bundle is the same error whichever way it is read. */
  @Test
  void aNameGivenTwiceAnywhereInTheBundle_isTheErrorItWas() {
    String bundle =
        Fixtures.bundleWithPatient(
            List.of(
                "{\"resourceType\":\"Condition\",\"id\":\"c1\","
                    + "\"identifier\":[{\"value\":\"i1\"}],"
                    + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\","
                    + "\"code\":\"1\"}]}}",
                "{\"resourceType\":\"Claim\",\"id\":\"cl1\",\"status\":\"active\"}"));
    // Where the name is given again, and the name: in the Bundle, an entry, a resource read
    // directly, an element inside it, an element passed over, a resource never read, and a
    // resource read the slow way (its unknown member comes before the repeat).
    String[][] repeats = {
      {"\"type\":\"searchset\"", ",\"type\":\"batch\"", "type"},
      {"\"search\":{\"mode\":\"match\"}", ",\"search\":{}", "search"},
      {"\"id\":\"c1\"", ",\"id\":\"c2\"", "id"},
      {"\"code\":\"1\"", ",\"code\":\"2\"", "code"},
      {"\"value\":\"i1\"", ",\"value\":\"i2\"", "value"},
      {"\"status\":\"active\"", ",\"status\":\"draft\"", "status"},
      {"\"id\":\"c1\"", ",\"madeUp\":1,\"identifier\":[]", "identifier"},
    };
    for (String[] repeat : repeats) {
      int at = bundle.indexOf(repeat[0]) + repeat[0].length();
      String repeated = bundle.substring(0, at) + repeat[1] + bundle.substring(at);
      byte[] bytes = repeated.getBytes(StandardCharsets.UTF_8);

      DirectRead.assertSameBothWays(bytes);
      assertThat(BundleJsonReader.read(bytes, ReadScope.everything()).error())
          .as(repeated)
          .contains("Duplicate field '" + repeat[2] + "'")
          .contains("column");
    }
  }

  @Test
  void anExtensionOfAnElementNoMapperReads_isPassedOverAsTheSlowWayPassesItOver()
      throws IOException {
    String json =
        "{\"resourceType\":\"Condition\",\"id\":\"c1\","
            + "\"extension\":[{\"url\":\"u\",\"valueString\":\"v\"}],"
            + "\"code\":{\"text\":\"asthma\"}}";
    assertThat(DirectRead.sameAsHapi(json)).isTrue();
  }

  /** Bytes not in UTF-8 carry no byte offsets to read a resource again from: all read slowly. */
  @Test
  void aBundleInUtf16_withAResourceToReadSlowly_readsAsBefore() {
    String bundle =
        Fixtures.bundleWithPatient(
            List.of(
                "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"madeUp\":1,"
                    + "\"subject\":{\"reference\":\"Patient/p1\"},"
                    + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\","
                    + "\"code\":\"1\"}]}}"));
    byte[] utf16 = bundle.getBytes(StandardCharsets.UTF_16);

    DirectRead.assertSameBothWays(utf16);
    BundleJsonReader.Outcome read = BundleJsonReader.read(utf16, ReadScope.everything());
    assertThat(read.error()).isNull();
    assertThat(BundleResults.fromParsed("utf16", read.bundle())).isInstanceOf(MappedPatient.class);
  }

  @Test
  void numbersAndIdsOfEveryForm_areReadAsHapiReadsThem() throws IOException {
    String observation =
        "{\"resourceType\":\"Observation\",\"id\":\"%s\",\"status\":\"final\","
            + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2857-1\"}]},"
            + "\"valueQuantity\":{\"value\":%s,\"unit\":\"ng/mL\"}}";
    for (String value :
        List.of(
            "4",
            "-0",
            "-0.0",
            "-0.50",
            "-12.5",
            "0.050",
            "4.50",
            "1e2",
            "1.5E-7",
            "2.5e+3",
            "0.0000001",
            "123456789012345678901234567890",
            "1234567890123456789012345678901234567890",
            "1234567890.123456789012345678901234567890")) {
      for (String id : List.of("o1", "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427")) {
        String json = String.format(observation, id, value);
        Resource direct = DirectRead.direct(json);
        assertThat(direct).as(json).isNotNull();
        assertThat(DirectRead.sameAsHapi(json)).as(json).isTrue();
      }
    }
  }

  @Test
  void anIdIsQualifiedByItsType_asHapiQualifiesIt() throws IOException {
    Resource read =
        DirectRead.direct("{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\"}");
    assertThat(read.getIdElement().getValue()).isEqualTo("Observation/o1");
    assertThat(read.getIdElement().getIdPart()).isEqualTo("o1");
    // Ids HAPI reads in parts of its own: a local reference, a type, a version.
    for (String id : List.of("#abc", "#", "a/#b", "a/b", "x/_history/2", "x/", "/x", "a b")) {
      assertThat(
              DirectRead.sameAsHapi(
                  "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\"}"))
          .as(id)
          .isTrue();
    }
  }

  /** Reading one resource both ways. */
  static final class DirectRead {
    private DirectRead() {}

    /** The resource read directly, or null when declined. */
    static Resource direct(String json) throws IOException {
      // Not through readWhole, which takes any exception for a decline: here only Declined is one.
      try (JsonParser parser =
          FhirJson.parserForCheckedNames(json.getBytes(StandardCharsets.UTF_8))) {
        parser.nextToken();
        String type = DirectResources.typeNamedFirst(parser);
        return type == null
            ? null
            : DirectResources.read(parser, type, new DirectResources.Dates(), NameCheck.checking());
      } catch (DirectResources.Declined e) {
        return null;
      } catch (NameCheck.Repeated e) {
        throw new IOException("a name is given twice: " + json, e);
      }
    }

    /**
     * Whether the resource is read directly; when it is, it must be what HAPI's parser makes of it,
     * with nothing noted.
     */
    static boolean sameAsHapi(String json) throws IOException {
      Resource direct = direct(json);
      if (direct == null) {
        return false;
      }
      FhirJson.ParsedResource slow =
          FhirJson.parseResource(json.getBytes(StandardCharsets.UTF_8), ReadScope.everything());
      assertThat(slow.notes()).as(json).isEmpty();
      assertThat(slow.resource()).as(json).isNotNull();
      assertThat(encoded(direct)).as(json).isEqualTo(encoded(slow.resource()));
      assertThat(direct.getIdElement().getValue())
          .as(json)
          .isEqualTo(slow.resource().getIdElement().getValue());
      assertThat(direct.equalsDeep(slow.resource())).as(json).isTrue();
      return true;
    }

    static void assertSameBothWays(byte[] bundle) {
      Object direct = result(bundle, true);
      Object slow = result(bundle, false);
      assertThat(direct).as(new String(bundle, StandardCharsets.UTF_8)).isEqualTo(slow);
    }

    /**
     * The record read, or why not; or what was thrown (HAPI asserts some of its own states, and
     * tests run with assertions on), which must then be the same both ways too.
     */
    private static Object result(byte[] bundle, boolean direct) {
      try {
        BundleJsonReader.Outcome outcome =
            BundleJsonReader.read(bundle, ReadScope.everything(), direct);
        if (outcome.error() != null) {
          return outcome.error();
        }
        PatientReadResult read = BundleResults.fromParsed("bundle", outcome.bundle());
        return read instanceof MappedPatient mapped ? mapped.record() : read;
      } catch (AssertionError e) {
        return e.getClass() + ": " + e.getMessage();
      }
    }

    private static String encoded(Resource resource) {
      return FhirJson.context().newJsonParser().encodeResourceToString(resource);
    }
  }
}
