package dev.eligo.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.RuntimeChildAny;
import ca.uhn.fhir.context.RuntimeChildChoiceDefinition;
import ca.uhn.fhir.context.RuntimeChildContainedResources;
import ca.uhn.fhir.context.RuntimeChildDeclaredExtensionDefinition;
import ca.uhn.fhir.context.RuntimeChildDirectResource;
import ca.uhn.fhir.context.RuntimeChildExtension;
import ca.uhn.fhir.context.RuntimeChildUndeclaredExtensionDefinition;
import ca.uhn.fhir.model.api.annotation.Child;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;

/**
 * What a JSON member of an element is, by HAPI's definitions: which child it fills, with what kind
 * of value, once or repeatedly. Worked out once per element definition and name, for {@link
 * DirectResources}, which reads member after member of every resource.
 */
final class ElementSlots {
  /** The JSON value a slot takes, as FHIR's JSON format fixes it per type. */
  enum Kind {
    /**
     * An object: a datatype (CodeableConcept, Quantity, Reference...) or a backbone element of its
     * resource (Observation.component...).
     */
    COMPOSITE,
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
   * @param element the value's definition
   * @param kind the JSON value it takes
   * @param repeating whether it is an array in JSON
   * @param maker makes a new, empty value
   * @param adder adds a value to a parent, as the child's HAPI mutator adds it
   * @param members the slots of the value's own members, for a composite or a block; else null
   * @param date whether the value is a date, a date and time or an instant
   * @param choice whether the child is a choice of types, each under a name of its own ({@code
   *     valueQuantity}, {@code valueString})
   */
  record Slot(
      BaseRuntimeChildDefinition child,
      BaseRuntimeElementDefinition<?> element,
      Kind kind,
      boolean repeating,
      Supplier<IBase> maker,
      BiConsumer<IBase, IBase> adder,
      Table members,
      boolean date,
      boolean choice) {}

  /** What {@link Table#slot} gives for a member of a resource that no mapper reads. */
  static final Slot PASSED_OVER = new Slot(null, null, null, false, null, null, null, false, false);

  /**
   * The slots of one element definition, by JSON name, found when first asked for. A name that is
   * not a slot is not remembered: input may hold any number of them, and each declines its
   * resource. The table of a resource also gives {@link #PASSED_OVER} for its elements no mapper
   * reads, in the same lookup.
   */
  static final class Table {
    private final BaseRuntimeElementCompositeDefinition<?> definition;
    private final String resourceType; // null for a datatype or a block
    private final Supplier<IBase> maker; // null for a datatype or a block: never made here
    private volatile SlotsByName byName = SlotsByName.EMPTY;

    private Table(BaseRuntimeElementCompositeDefinition<?> definition, String resourceType) {
      this.definition = definition;
      this.resourceType = resourceType;
      this.maker = resourceType == null ? null : ModelHandles.maker(null, definition);
    }

    /**
     * The slot a member fills, {@link #PASSED_OVER}, or null when the direct reader does not take
     * it (an unknown name, an extension, a contained resource, narrative XHTML).
     */
    Slot slot(String name) {
      Slot known = byName.get(name);
      return known != null ? known : learn(name);
    }

    private synchronized Slot learn(String name) {
      Slot known = byName.get(name);
      if (known == null) {
        // Of a type a mapper reads, whether a member is read does not depend on its JSON value.
        known =
            resourceType != null && ReadElements.isUnread(resourceType, name, true)
                ? PASSED_OVER
                : find(definition, name);
        if (known != null) {
          byName = byName.with(name, known);
        }
      }
      return known;
    }

    /** A new, empty resource, for the table of a resource type ({@link #ofResource}). */
    IBase newResource() {
      return maker.get();
    }
  }

  /**
   * The slots of a table by name, never changed once made: a table learns a name by making a larger
   * copy. An element has a few dozen names at most, and every one is learned early in a read, so
   * lookups far outnumber copies; one lookup is a hash and an array or two.
   */
  private static final class SlotsByName {
    static final SlotsByName EMPTY = new SlotsByName(new String[8], new Slot[8], 0);

    private final String[] names; // open addressing, at most half full
    private final Slot[] slots;
    private final int size;

    private SlotsByName(String[] names, Slot[] slots, int size) {
      this.names = names;
      this.slots = slots;
      this.size = size;
    }

    Slot get(String name) {
      int mask = names.length - 1;
      int start = name.hashCode() & mask;
      // Jackson gives a name as the same (interned) string every time: found by identity.
      for (int i = start; names[i] != null; i = (i + 1) & mask) {
        if (names[i] == name) {
          return slots[i];
        }
      }
      for (int i = start; names[i] != null; i = (i + 1) & mask) {
        if (names[i].equals(name)) {
          return slots[i];
        }
      }
      return null;
    }

    SlotsByName with(String name, Slot slot) {
      int length = (size + 1) * 2 > names.length ? names.length * 2 : names.length;
      SlotsByName larger = new SlotsByName(new String[length], new Slot[length], size + 1);
      for (int i = 0; i < names.length; i++) {
        if (names[i] != null) {
          larger.put(names[i], slots[i]);
        }
      }
      larger.put(name, slot);
      return larger;
    }

    private void put(String name, Slot slot) {
      int mask = names.length - 1;
      int i = name.hashCode() & mask;
      while (names[i] != null) {
        i = (i + 1) & mask;
      }
      names[i] = name;
      slots[i] = slot;
    }
  }

  private static final Map<BaseRuntimeElementCompositeDefinition<?>, Table> TABLES =
      new ConcurrentHashMap<>();

  private static final Map<String, Table> RESOURCE_TABLES = new ConcurrentHashMap<>();

  private ElementSlots() {}

  /** The slots of an element definition. */
  static Table of(BaseRuntimeElementCompositeDefinition<?> definition) {
    Table known = TABLES.get(definition);
    return known != null ? known : TABLES.computeIfAbsent(definition, d -> new Table(d, null));
  }

  /**
   * The slots of a resource type that a mapper reads, its unread elements passed over.
   *
   * @throws IllegalArgumentException for a type no mapper reads: of those only the narrative is
   *     passed over, and only when it is an object, which one lookup by name cannot tell
   */
  static Table ofResource(String type) {
    if (!ReadElements.isMapped(type)) {
      throw new IllegalArgumentException("no mapper reads " + type);
    }
    Table known = RESOURCE_TABLES.get(type);
    return known != null
        ? known
        : RESOURCE_TABLES.computeIfAbsent(
            type, t -> new Table(FhirJson.context().getResourceDefinition(t), t));
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
          case COMPOSITE_DATATYPE, RESOURCE_BLOCK -> Kind.COMPOSITE;
          case PRIMITIVE_DATATYPE, ID_DATATYPE -> primitiveKind(element);
          default -> null; // narrative, contained resources, extensions
        };
    if (kind == null) {
      return null;
    }
    boolean repeating = child.getMax() > 1 || child.getMax() == Child.MAX_UNLIMITED;
    Table members =
        kind == Kind.COMPOSITE ? of((BaseRuntimeElementCompositeDefinition<?>) element) : null;
    boolean date = BaseDateTimeType.class.isAssignableFrom(element.getImplementingClass());
    boolean choice = child instanceof RuntimeChildChoiceDefinition;
    return new Slot(
        child,
        element,
        kind,
        repeating,
        ModelHandles.maker(child, element),
        ModelHandles.adder(child, element, repeating, choice),
        members,
        date,
        choice);
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
    return JsonTypes.NUMBERS.contains(type) ? Kind.NUMBER : Kind.STRING;
  }
}
