package dev.eligo.runtime.internal.quantity;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.fhir.ucum.ExpressionParser;
import org.fhir.ucum.Term;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumModel;

/**
 * The UCUM definitions shipped with {@code org.fhir:ucum}, loaded once on first use (the holder
 * idiom makes that lazy and thread-safe), with the set of units UCUM marks as arbitrary.
 */
final class UcumEssence {

  private static final String RESOURCE = "/ucum-essence.xml";

  private final UcumModel model;
  private final Set<String> arbitraryCodes;

  private UcumEssence(UcumModel model, Set<String> arbitraryCodes) {
    this.model = model;
    this.arbitraryCodes = Set.copyOf(arbitraryCodes);
  }

  private static final class Holder {
    static final UcumEssence INSTANCE = load();
  }

  static UcumEssence get() {
    return Holder.INSTANCE;
  }

  UcumModel model() {
    return model;
  }

  /** Whether UCUM marks the unit with this code as arbitrary ({@code isArbitrary="yes"}). */
  boolean isArbitrary(String code) {
    return arbitraryCodes.contains(code);
  }

  /** Parses a UCUM expression; the model is only read, so this is safe from any thread. */
  Term parse(String unit) throws UcumException {
    return new ExpressionParser(model).parse(unit);
  }

  // Package-private so that a test can load the definitions again; get() loads them once.
  static UcumEssence load() {
    try (InputStream definitions = open()) {
      UcumModel model = new UcumEssenceService(definitions).getModel();
      try (InputStream again = open()) {
        return new UcumEssence(model, arbitraryCodes(again));
      }
    } catch (IOException | UcumException | XMLStreamException e) {
      throw new IllegalStateException("cannot load the UCUM definitions " + RESOURCE, e);
    }
  }

  private static InputStream open() {
    InputStream in = UcumEssenceService.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "the UCUM definitions " + RESOURCE + " are not on the class path");
    }
    return in;
  }

  // UcumModel does not keep UCUM's isArbitrary flag, so it is read from the same file.
  private static Set<String> arbitraryCodes(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader reader = factory.createXMLStreamReader(in);
    Set<String> codes = new HashSet<>();
    try {
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.START_ELEMENT
            && reader.getLocalName().equals("unit")
            && "yes".equals(reader.getAttributeValue(null, "isArbitrary"))) {
          codes.add(reader.getAttributeValue(null, "Code"));
        }
      }
    } finally {
      reader.close();
    }
    return codes;
  }
}
