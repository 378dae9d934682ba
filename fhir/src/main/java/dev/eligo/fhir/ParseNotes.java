package dev.eligo.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lenient HAPI parser error handler that writes each problem down as a short message and lets
 * parsing go on. Missing required elements are left to the mappers, which say what they mean.
 */
final class ParseNotes implements IParserErrorHandler {
  private final List<String> messages = new ArrayList<>();

  List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void containedResourceWithNoId(IParseLocation location) {
    messages.add("a contained resource has no id" + at(location));
  }

  @Override
  public void incorrectJsonType(
      IParseLocation location,
      String elementName,
      ValueType expected,
      ScalarType expectedScalar,
      ValueType found,
      ScalarType foundScalar) {
    messages.add(
        "element '"
            + elementName
            + "' should be "
            + describe(expected, expectedScalar)
            + " but is "
            + describe(found, foundScalar)
            + "; it was ignored");
  }

  @Override
  public void invalidValue(IParseLocation location, String value, String error) {
    messages.add(
        "invalid value" + at(location) + " (" + FhirJson.firstLine(error) + "); it was ignored");
  }

  @Override
  public void missingRequiredElement(IParseLocation location, String elementName) {
    // The mappers report the missing elements that matter (a status, a date) in their own words.
  }

  @Override
  public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
    messages.add("element '" + elementName + "' repeats but may occur only once");
  }

  @Override
  public void unknownAttribute(IParseLocation location, String attributeName) {
    messages.add("unknown attribute '" + attributeName + "' was ignored");
  }

  @Override
  public void unknownElement(IParseLocation location, String elementName) {
    messages.add("unknown element '" + elementName + "' was ignored");
  }

  @Override
  public void unknownReference(IParseLocation location, String reference) {
    messages.add("reference '" + reference + "' cannot be resolved");
  }

  @Override
  public void invalidInternalReference(IParseLocation location, String reference) {
    messages.add("internal reference '" + reference + "' names no contained resource");
  }

  @Override
  public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
    messages.add("an extension has both a value and nested extensions" + at(location));
  }

  private static String at(IParseLocation location) {
    return location == null || location.getParentElementName() == null
        ? ""
        : " in element '" + location.getParentElementName() + "'";
  }

  private static String describe(ValueType type, ScalarType scalar) {
    if (type == null) {
      return "absent";
    }
    String name = type == ValueType.SCALAR && scalar != null ? scalar.name() : type.name();
    return "a JSON " + name.toLowerCase(Locale.ROOT);
  }
}
