package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBase;
import org.junit.jupiter.api.Test;

/**
 * The direct calls that make and add values do what HAPI's reflection does, for every child of
 * every element the direct reader can reach from a mapped resource: a value added is the parent's
 * value of that child, a second one is added beside it in a list and replaces it otherwise.
 */
class ModelHandlesTest {
  @Test
  void everySlotAddsItsValuesAsHapisMutatorAddsThem() {
    int slots = 0;
    Set<BaseRuntimeElementCompositeDefinition<?>> seen = new HashSet<>();
    Deque<BaseRuntimeElementCompositeDefinition<?>> toVisit = new ArrayDeque<>();
    for (String type : FhirJson.context().getResourceTypes()) {
      if (ReadElements.isMapped(type)) {
        toVisit.add(FhirJson.context().getResourceDefinition(type));
      }
    }
    while (!toVisit.isEmpty()) {
      BaseRuntimeElementCompositeDefinition<?> definition = toVisit.pop();
      if (!seen.add(definition)) {
        continue;
      }
      ElementSlots.Table table = ElementSlots.of(definition);
      for (BaseRuntimeChildDefinition child : definition.getChildren()) {
        for (String name : child.getValidChildNames()) {
          ElementSlots.Slot slot = table.slot(name);
          if (slot == null) {
            continue; // extensions, contained resources, narrative: never read directly
          }
          slots++;
          assertAddsAsHapi(definition, slot, name);
          if (slot.members() != null) {
            toVisit.add((BaseRuntimeElementCompositeDefinition<?>) slot.element());
          }
        }
      }
    }
    assertThat(slots).isGreaterThan(1000);
  }

  private static void assertAddsAsHapi(
      BaseRuntimeElementCompositeDefinition<?> definition, ElementSlots.Slot slot, String name) {
    IBase parent = definition.newInstance();
    IBase first = slot.maker().get();
    IBase second = slot.maker().get();
    assertThat(first.getClass()).as(name).isEqualTo(slot.element().getImplementingClass());

    slot.adder().accept(parent, first);
    assertThat(slot.child().getAccessor().getValues(parent)).as(name).containsExactly(first);
    slot.adder().accept(parent, second);
    List<IBase> values = slot.child().getAccessor().getValues(parent);
    if (slot.repeating()) {
      assertThat(values).as(name).containsExactly(first, second);
    } else {
      assertThat(values).as(name).containsExactly(second);
    }
  }
}
