package dev.eligo.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.RuntimeChildAny;
import ca.uhn.fhir.context.RuntimeChildContainedResources;
import ca.uhn.fhir.context.RuntimeChildDeclaredExtensionDefinition;
import ca.uhn.fhir.context.RuntimeChildDirectResource;
import ca.uhn.fhir.context.RuntimeChildExtension;
import ca.uhn.fhir.context.RuntimeChildUndeclaredExtensionDefinition;
import ca.uhn.fhir.model.api.annotation.Child;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;

/**
 * What a JSON member of an element is, by HAPI's definitions: which child it fills, with what kind
 * of value, once or repeatedly. Worked out once per element definition and name, for {@link
 * DirectResources}, which reads member after member of every resource.
 */
final class ElementSlots {
  /** The JSON value a slot takes, as FHIR's JSON format fixes it per type. */
  enum Kind {
    /** An object read as a datatype (CodeableConcept, Quantity, Reference...). */
    COMPOSITE,
    /** An object read as a backbone element of its resource (Observation.component...). */
    BLOCK,
    /** true or false. */
    BOOLEAN,
    /** A JSON number. */
    NUMBER,
    /** A JSON string. */
    STRING
  }

  /**
   * One child of an element under one of its JSON names.
   *
   * @param child the child's definition: its mutator adds a value to the parent
   * @param element the value's definition, which makes new values
   * @param kind the JSON value it takes
   * @param repeating whether it is an array in JSON
   */
  record Slot(
      BaseRuntimeChildDefinition child,
      BaseRuntimeElementDefinition<?> element,
      Kind kind,
      boolean repeating) {}

  private static final Set<String> NUMBERS =
      Set.of(
          IntegerType.class.getName(),
          DecimalType.class.getName(),
          "org.hl7.fhir.r4.model.PositiveIntType",
          "org.hl7.fhir.r4.model.UnsignedIntType",
          "org.hl7.fhir.r4.model.Integer64Type");

  private static final Map<BaseRuntimeElementCompositeDefinition<?>, Map<String, Optional<Slot>>>
      SLOTS = new ConcurrentHashMap<>();

  private ElementSlots() {}

  /**
   * The slot a member of an element of this definition fills, or null when the direct reader does
   * not take it (an unknown name, an extension, a contained resource, narrative XHTML).
   */
  static Slot of(BaseRuntimeElementCompositeDefinition<?> parent, String name) {
    return SLOTS
        .computeIfAbsent(parent, p -> new ConcurrentHashMap<>())
        .computeIfAbsent(name, n -> Optional.ofNullable(find(parent, n)))
        .orElse(null);
  }

  private static Slot find(BaseRuntimeElementCompositeDefinition<?> parent, String name) {
    BaseRuntimeChildDefinition child = parent.getChildByName(name);
    if (child == null || !isPlainChild(child)) {
      return null;
    }
    BaseRuntimeElementDefinition<?> element = child.getChildByName(name);
    if (element == null) {
      return null;
    }
    Kind kind =
        switch (element.getChildType()) {
          case COMPOSITE_DATATYPE -> Kind.COMPOSITE;
          case RESOURCE_BLOCK -> Kind.BLOCK;
          case PRIMITIVE_DATATYPE, ID_DATATYPE -> primitiveKind(element);
          default -> null; // narrative, contained resources, extensions
        };
    if (kind == null) {
      return null;
    }
    boolean repeating = child.getMax() > 1 || child.getMax() == Child.MAX_UNLIMITED;
    return new Slot(child, element, kind, repeating);
  }

  /** A child declared by the type itself: not an extension, a contained or a nested resource. */
  private static boolean isPlainChild(BaseRuntimeChildDefinition child) {
    return !(child instanceof RuntimeChildExtension
        || child instanceof RuntimeChildDeclaredExtensionDefinition
        || child instanceof RuntimeChildUndeclaredExtensionDefinition
        || child instanceof RuntimeChildContainedResources
        || child instanceof RuntimeChildDirectResource
        || child instanceof RuntimeChildAny);
  }

  private static Kind primitiveKind(BaseRuntimeElementDefinition<?> element) {
    String type = element.getImplementingClass().getName();
    if (type.equals(BooleanType.class.getName())) {
      return Kind.BOOLEAN;
    }
    return NUMBERS.contains(type) ? Kind.NUMBER : Kind.STRING;
  }
}
