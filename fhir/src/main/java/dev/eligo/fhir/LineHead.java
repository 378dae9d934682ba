package dev.eligo.fhir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What a bulk export's reader needs of a resource line before the patient it belongs to is read:
 * its {@code resourceType}, {@code id} and the reference of each field that can name a patient
 * ({@code subject}, {@code patient}, {@code individual}). Read in one streaming pass that still
 * checks the whole line is JSON (so a damaged line is found here, as before), without building a
 * tree: indexing a large export reads every line once more than mapping does.
 *
 * <p>Each value reads as a JSON tree's {@code asText("")} would: text as written, other scalars as
 * their text, null, objects and arrays (and absent fields) empty.
 */
record LineHead(String type, String id, String subject, String patient, String individual) {

  /** The head of one line; throws as {@link FhirJson#readTree} does when it is not JSON. */
  static LineHead of(byte[] json) throws FhirJson.NotJsonException {
    if (json.length == 0) {
      throw new FhirJson.NotJsonException("the input is empty (0 bytes)");
    }
    try (JsonParser parser = FhirJson.parser(json)) {
      JsonToken root = parser.nextToken();
      if (root == null) {
        throw new FhirJson.NotJsonException("the input is blank");
      }
      if (root != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return new LineHead("", "", "", "", "");
      }
      String type = "";
      String id = "";
      String subject = "";
      String patient = "";
      String individual = "";
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "resourceType":
            type = text(parser, value);
            break;
          case "id":
            id = text(parser, value);
            break;
          case "subject":
            subject = reference(parser, value);
            break;
          case "patient":
            patient = reference(parser, value);
            break;
          case "individual":
            individual = reference(parser, value);
            break;
          default:
            parser.skipChildren();
        }
      }
      return new LineHead(type, id, subject, patient, individual);
    } catch (JsonProcessingException e) {
      throw FhirJson.notJson(e);
    } catch (IOException e) {
      throw new FhirJson.NotJsonException(
          "not readable JSON: " + FhirJson.firstLine(e.getMessage()));
    }
  }

  /** The reference named by the field that names the patient in a resource of this type. */
  String referenceIn(String field) {
    switch (field) {
      case "subject":
        return subject;
      case "patient":
        return patient;
      case "individual":
        return individual;
      default:
        return "";
    }
  }

  private static String text(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return "";
    }
    if (value.isScalarValue()) {
      return parser.getText();
    }
    parser.skipChildren();
    return "";
  }

  /** The {@code reference} of a Reference object; empty when the field is no object or has none. */
  private static String reference(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return "";
    }
    String reference = "";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken inner = parser.nextToken();
      if (name.equals("reference")) {
        reference = text(parser, inner);
      } else {
        parser.skipChildren();
      }
    }
    return reference;
  }
}
