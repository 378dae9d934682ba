package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.PatientRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extensions that are no object, wherever they stand: HAPI's parser throws a NullPointerException
 * on them. Each is a problem of its resource, named by where it is; the patient still maps, the
 * same whether the resource was read directly or the slow way.
 */
class ExtensionShapesTest {
  private static final String OBSERVATION =
      "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
          + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2857-1\"}]},"
          + "\"subject\":{\"reference\":\"Patient/pat-1001\"},"
          + "\"valueQuantity\":{\"value\":4.2,\"unit\":\"ng/mL\"%s}%s}";

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ,"modifierExtension":[1]  |                                                    | valueQuantity.modifierExtension[0] is a number (1), but FHIR's Extension is an object; 'valueQuantity' was not read
          ,"extension":[null]       |                                                    | valueQuantity.extension[0] is null (null), but FHIR's Extension is an object; 'valueQuantity' was not read
                                    | ,"_status":{"extension":["x"]}                     | _status.extension[0] is a string ("x"), but FHIR's Extension is an object; '_status' was not read
                                    | ,"_status":{"modifierExtension":[[]]}              | _status.modifierExtension[0] is an array, but FHIR's Extension is an object; '_status' was not read
                                    | ,"_issued":{"extension":[{"url":"u","extension":[2]}]} | _issued.extension[0].extension[0] is a number (2), but FHIR's Extension is an object; '_issued' was not read
                                    | ,"_issued":{"extension":[{"url":"u","valueString":"v","_valueString":{"extension":[3]}}]} | _issued.extension[0]._valueString.extension[0] is a number (3), but FHIR's Extension is an object; '_issued' was not read
                                    | ,"interpretation":[{"coding":[{"system":"s","code":"H","_code":{"extension":[4]}}]}] | interpretation[0].coding[0]._code.extension[0] is a number (4), but FHIR's Extension is an object; 'interpretation' was not read
          """)
  void anExtensionThatIsNoObject_isAProblemOfItsResource(
      String inValue, String inResource, String problem) {
    byte[] bundle = bundle(inValue, inResource);

    PatientRecord record = mapped(bundle);

    assertThat(problemsOf(record, "Observation/o1")).containsExactly(problem);
    assertThat(record.observations()).hasSize(1);
    DirectResourcesTest.DirectRead.assertSameBothWays(bundle);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ,"_status":{"extension":[{"url":"u","valueCodeableConcept":{"coding":[{"code":"x","extension":[5]}]}}]} | _status.extension[0].valueCodeableConcept.coding[0].extension[0] is a number (5), but FHIR's Extension is an object; '_status' was not read
          ,"component":[{"code":{"coding":[{"system":"s","code":"c"}]},"modifierExtension":[{"url":"u","valueCodeableConcept":{"coding":[{"code":"x","extension":[6]}]}}]}] | component[0].modifierExtension[0].valueCodeableConcept.coding[0].extension[0] is a number (6), but FHIR's Extension is an object; 'component' was not read
          ,"contained":[{"resourceType":"Patient","id":"x","_gender":{"extension":[7]}}] | contained[0]._gender.extension[0] is a number (7), but FHIR's Extension is an object; 'contained' was not read
          """)
  void deeperDown_itIsSaidWhereToo(String inResource, String problem) {
    byte[] bundle = bundle(null, inResource);

    PatientRecord record = mapped(bundle);

    assertThat(problemsOf(record, "Observation/o1")).containsExactly(problem);
    assertThat(record.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isNotNull());
    DirectResourcesTest.DirectRead.assertSameBothWays(bundle);
  }

  /** What HAPI's parser passes over is not looked at: nothing is removed for it. */
  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ,"extension":[{"url":"u","valueString":"v","_url":{"extension":[5]}}] |
                                    | ,"_status":{"_foo":{"extension":[5]}}
                                    | ,"_status":{"extension":[{"url":"u","valueString":"v","_url":{"extension":[5]}}]}
                                    | ,"_issued":{"extension":[{"url":"u","valueString":"v"}]},"issued":"2026-11-10T08:30:00Z"
          """)
  void whatHapiPassesOver_isNoProblem(String inValue, String inResource) {
    byte[] bundle = bundle(inValue, inResource);

    PatientRecord record = mapped(bundle);

    assertThat(problemsOf(record, "Observation/o1")).isEmpty();
    assertThat(record.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isNotNull());
    DirectResourcesTest.DirectRead.assertSameBothWays(bundle);
  }

  private static byte[] bundle(String inValue, String inResource) {
    String observation =
        String.format(
            OBSERVATION, inValue == null ? "" : inValue, inResource == null ? "" : inResource);
    return Fixtures.bundleWithPatient(List.of(observation)).getBytes(StandardCharsets.UTF_8);
  }

  private static PatientRecord mapped(byte[] bundle) {
    PatientReadResult result = BundleResults.fromJson("bundle.json", bundle);
    assertThat(result).isInstanceOf(MappedPatient.class);
    return ((MappedPatient) result).record();
  }
}
