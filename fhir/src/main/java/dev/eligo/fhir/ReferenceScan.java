package dev.eligo.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Set;

/**
 * The references a resource line makes ({@code "reference": "Medication/m1"}), found by streaming
 * over its JSON without building a tree or a HAPI model: a bulk export's reader must know which
 * shared resources (Medications, ResearchStudies) a patient needs before the patient is parsed,
 * which happens later, on another thread.
 */
final class ReferenceScan {
  private static final JsonFactory JSON = new JsonFactory();

  private ReferenceScan() {}

  /**
   * Adds to {@code into} every string value of a field named {@code reference}, at any depth, in
   * the order written. A line that is not valid JSON gives the references before the damage (the
   * line itself is reported when the patient is mapped).
   */
  static void addAll(byte[] json, Set<String> into) {
    try (JsonParser parser = JSON.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME
            && "reference".equals(parser.currentName())
            && parser.nextToken() == JsonToken.VALUE_STRING) {
          into.add(parser.getText());
        }
      }
    } catch (IOException e) {
      // not JSON from here on: what was found before is kept
    }
  }
}
