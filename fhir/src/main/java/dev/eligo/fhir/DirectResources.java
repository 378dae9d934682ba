package dev.eligo.fhir;

import ca.uhn.fhir.parser.BaseParser;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BaseReference;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a resource straight from the streaming parser into HAPI's model, without a JSON tree and
 * without HAPI's parser, for a resource HAPI's parser would read without a word: every member a
 * child of its element, of the JSON type FHIR gives it, once unless it repeats, every value one
 * HAPI takes. Anything else (an unknown element, a value of the wrong type, a date HAPI refuses, an
 * extension, a contained resource, a primitive's {@code _element}) is {@link Declined}: the caller
 * reads that resource the slow way, which says what is wrong. The result is then the resource HAPI
 * would have made ({@code DirectResourcesTest} holds the two readers equal on every test Bundle).
 * Elements no mapper reads are passed over, as the Bundle reader passes them over (see {@link
 * ReadElements}).
 */
final class DirectResources {
  private DirectResources() {}

  /** The resource holds something read only the slow way. No stack trace: it is not an error. */
  static final class Declined extends Exception {
    private static final long serialVersionUID = 1L;
    static final Declined INSTANCE = new Declined();

    private Declined() {
      super("read the slow way", null, false, false);
    }
  }

  /** Whether resources of the type are read here: those a mapper reads, that the scope reads. */
  static boolean reads(String type, ReadScope scope) {
    return ReadElements.isMapped(type) && !scope.skips(type);
  }

  /**
   * The type a resource names in its first member, the parser on the object's start and left on the
   * type's value. Null when the first member is not {@code resourceType} with a string value: the
   * parser is then on that member's name or value, or on the object's end.
   */
  static String typeNamedFirst(JsonParser parser) throws IOException {
    return parser.nextToken() == JsonToken.FIELD_NAME
            && parser.currentName().equals("resourceType")
            && parser.nextToken() == JsonToken.VALUE_STRING
        ? parser.getText()
        : null;
  }

  /**
   * A resource that is the whole of some JSON bytes (a line of a bulk export) read directly; null
   * when it is read the slow way: not one JSON object starting with its type, of a type not read
   * here or outside the scope, followed by anything, or holding what only the slow way reads (a
   * name given twice among them).
   */
  static Resource readWhole(byte[] json, ReadScope scope, Dates dates) {
    try (JsonParser parser = FhirJson.parserForCheckedNames(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String type = typeNamedFirst(parser);
      if (type == null || !reads(type, scope)) {
        return null;
      }
      Resource resource = read(parser, type, dates, NameCheck.checking());
      return parser.nextToken() == null ? resource : null;
    } catch (Declined | NameCheck.Repeated | IOException | RuntimeException e) {
      return null; // the slow way says what is wrong, in its words
    }
  }

  /**
   * The rest of a resource of the given type, the parser on the value of its first member, {@code
   * resourceType}; on return the parser is on the resource's closing brace. Every name is told to
   * the check, from {@code resourceType} on.
   *
   * @throws Declined when the resource must be read the slow way; the parser is then somewhere
   *     inside the resource, and the check holds names of objects given up
   */
  static Resource read(JsonParser parser, String type, Dates dates, NameCheck names)
      throws IOException, Declined, NameCheck.Repeated {
    ElementSlots.Table slots = ElementSlots.ofResource(type);
    Resource resource = (Resource) slots.newResource();
    members(parser, slots, resource, true, new Reading(dates, names));
    // As HAPI's parser leaves a resource it read: its id qualified by its type.
    String idPart = resource.getIdElement().getIdPart();
    if (!StringUtils.isBlank(idPart) && !idPart.startsWith("urn:")) {
      // Made from its parts, unless HAPI would read the whole as a local reference ("#x").
      if (idPart.indexOf('#') < 0) {
        resource.setIdElement(new IdType(type, idPart));
      } else {
        resource.getIdElement().setValue(type + "/" + idPart);
      }
    }
    resource.setUserData(BaseParser.RESOURCE_CREATED_BY_PARSER, Boolean.TRUE);
    return resource;
  }

  /**
   * The members of an object, the parser on its start (or, for a resource, on its first value). The
   * slots of a resource pass over its elements no mapper reads; inside them nothing is passed over.
   */
  private static void members(
      JsonParser parser,
      ElementSlots.Table slots,
      IBase target,
      boolean isResource,
      Reading reading)
      throws IOException, Declined, NameCheck.Repeated {
    NameCheck names = reading.names();
    int mark = names.open();
    if (isResource) {
      names.add(mark, "resourceType");
    }
    List<Object> choices = null; // the choices given, each once: valueQuantity or valueString
    // nextFieldName gives the name as it reads it: no currentName() asked of the parser's context.
    String name;
    while ((name = parser.nextFieldName()) != null) {
      names.add(mark, name);
      JsonToken value = parser.nextToken();
      ElementSlots.Slot slot = slots.slot(name);
      if (slot == ElementSlots.PASSED_OVER) {
        names.skip(parser);
        continue;
      }
      if (name.equals("extension")
          || name.equals("modifierExtension")
          || (!isResource && name.equals("id"))) {
        throw Declined.INSTANCE; // read by HAPI's own rules for them
      }
      if (slot == null) {
        throw Declined.INSTANCE; // HAPI says what it makes of it
      }
      if (!slot.repeating()) {
        // Another child given twice is a name given twice, which the name check finds.
        if (slot.choice()) {
          if (choices == null) {
            choices = new ArrayList<>(2);
          } else if (choices.contains(slot.child())) {
            throw Declined.INSTANCE; // two values of a choice, as valueQuantity and valueString
          }
          choices.add(slot.child());
        }
        value(parser, value, slot, target, reading);
      } else if (value == JsonToken.START_ARRAY) {
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
          value(parser, item, slot, target, reading);
        }
      } else {
        throw Declined.INSTANCE; // a repeating element not in an array
      }
    }
    names.close(mark);
  }

  /** One value of a slot, the parser on its first token; added to the target. */
  private static void value(
      JsonParser parser, JsonToken token, ElementSlots.Slot slot, IBase target, Reading reading)
      throws IOException, Declined, NameCheck.Repeated {
    switch (slot.kind()) {
      case COMPOSITE -> {
        if (token != JsonToken.START_OBJECT) {
          throw Declined.INSTANCE;
        }
        IBase element = slot.maker().get();
        slot.adder().accept(target, element);
        members(parser, slot.members(), element, false, reading);
      }
      default -> {
        String text = scalar(parser, token, slot.kind());
        // Classes, not HAPI's interfaces: a test against an interface a model class has among a
        // dozen is a search of them whenever the class was last tested against another one, and
        // this runs for every value read (a tenth of reading, in a profile of the samples).
        if (target instanceof BaseReference && text.startsWith("#")) {
          throw Declined.INSTANCE; // a reference to a contained resource
        }
        if (slot.date()) {
          slot.adder().accept(target, reading.dates().parsed(slot, text));
          return;
        }
        PrimitiveType<?> element = (PrimitiveType<?>) slot.maker().get();
        slot.adder().accept(target, element);
        parse(element, text);
      }
    }
  }

  private static void parse(PrimitiveType<?> element, String text) throws Declined {
    try {
      element.setValueAsString(text);
    } catch (DataFormatException | IllegalArgumentException e) {
      throw Declined.INSTANCE; // HAPI notes the invalid value
    }
  }

  /** What one read of a resource shares down its elements. */
  private record Reading(Dates dates, NameCheck names) {}

  /**
   * The dates of one Bundle, each parsed once: a Synthea Bundle writes the same instant in a
   * hundred resources. The plain forms are set by {@link PlainDates}, the others by HAPI. A date
   * written alike is one object in every resource that holds it; nothing changes a resource once it
   * is read.
   */
  static final class Dates {
    // By the value's definition (dateTime, date, instant), which every slot of the type shares.
    private final Map<Object, Map<String, PrimitiveType<?>>> byType = new IdentityHashMap<>(4);

    PrimitiveType<?> parsed(ElementSlots.Slot slot, String text) throws Declined {
      Map<String, PrimitiveType<?>> known =
          byType.computeIfAbsent(slot.element(), type -> new HashMap<>());
      PrimitiveType<?> date = known.get(text);
      if (date == null) {
        date = (PrimitiveType<?>) slot.maker().get();
        if (!(date instanceof BaseDateTimeType plain && PlainDates.set(plain, text))) {
          parse(date, text);
        }
        known.put(text, date);
      }
      return date;
    }
  }

  /**
   * A primitive's value as HAPI's parser is handed it by a JSON tree: a string as written, true or
   * false, a decimal without an exponent, an integer in digits.
   */
  private static String scalar(JsonParser parser, JsonToken token, ElementSlots.Kind kind)
      throws IOException, Declined {
    switch (kind) {
      case BOOLEAN -> {
        if (token == JsonToken.VALUE_TRUE) {
          return "true";
        }
        if (token == JsonToken.VALUE_FALSE) {
          return "false";
        }
      }
      case NUMBER -> {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          String written = parser.getText();
          if (isPlain(written)) {
            return written;
          }
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
          return switch (parser.getNumberType()) {
            case INT -> Integer.toString(parser.getIntValue());
            case LONG -> Long.toString(parser.getLongValue());
            default -> plausible(new BigDecimal(parser.getBigIntegerValue())).toPlainString();
          };
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
          return plausible(parser.getDecimalValue()).toPlainString();
        }
      }
      default -> {
        if (token == JsonToken.VALUE_STRING) {
          String text = parser.getText();
          if (!text.isEmpty()) {
            return text;
          }
        }
      }
    }
    throw Declined.INSTANCE; // the wrong JSON type, null, or an empty string: said the slow way
  }

  /**
   * Whether a JSON number's text is already what the decimal it makes prints as plainly: no
   * exponent, no negative zero (a decimal has no sign for zero), and short enough to be plausible.
   * Most numbers are; they need no decimal built and printed again.
   */
  static boolean isPlain(String number) {
    if (number.length() > Numbers.MAX_DIGITS || number.startsWith("-0")) {
      return false;
    }
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
    }
    return true;
  }

  /** The number, unless the slow way leaves it out as implausible (see {@link Numbers}). */
  private static BigDecimal plausible(BigDecimal value) throws Declined {
    int integerDigits = value.precision() - value.scale();
    if (integerDigits > Numbers.MAX_DIGITS || value.scale() > Numbers.MAX_DIGITS) {
      throw Declined.INSTANCE;
    }
    return value;
  }
}
