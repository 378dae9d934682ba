package dev.eligo.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeDeclaredChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBase;

/**
 * Makes HAPI model values and adds them to their parents by direct calls to the model classes' own
 * constructors and methods, for {@link ElementSlots}: HAPI's definitions do both by reflection,
 * once for every value of every resource read. Where a class has no such constructor or method,
 * HAPI's own way is kept.
 */
final class ModelHandles {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private ModelHandles() {}

  /**
   * Makes new values as HAPI's parser makes them (an enumeration with its factory), by the class's
   * public constructor taking nothing where it has one. The child is null for a resource, which is
   * no element's child.
   */
  static Supplier<IBase> maker(
      BaseRuntimeChildDefinition child, BaseRuntimeElementDefinition<?> element) {
    Object argument = child == null ? null : child.getInstanceConstructorArguments();
    if (argument != null) {
      return () -> element.newInstance(argument);
    }
    Class<?> type = element.getImplementingClass();
    try {
      MethodHandle constructor = LOOKUP.findConstructor(type, MethodType.methodType(void.class));
      @SuppressWarnings("unchecked")
      Supplier<IBase> made =
          (Supplier<IBase>)
              implement(
                  Supplier.class,
                  "get",
                  MethodType.methodType(Object.class),
                  constructor,
                  MethodType.methodType(type));
      return made;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return () -> element.newInstance(); // no public constructor taking nothing
    }
  }

  /**
   * Adds values of a child by the model class's own method for it ({@code addCoding(Coding)},
   * {@code setSystemElement(UriType)}), which sets the field HAPI's mutator sets by reflection. A
   * choice keeps HAPI's mutator: its setter refuses a type by throwing an Error. So does a child
   * with no such method (a list of primitives has none).
   */
  static BiConsumer<IBase, IBase> adder(
      BaseRuntimeChildDefinition child,
      BaseRuntimeElementDefinition<?> element,
      boolean repeating,
      boolean choice) {
    BaseRuntimeChildDefinition.IMutator mutator = child.getMutator();
    BiConsumer<IBase, IBase> byHapi = mutator::addValue;
    if (choice || !(child instanceof BaseRuntimeDeclaredChildDefinition declared)) {
      return byHapi;
    }
    Field field = declared.getField();
    String name = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
    Class<?> owner = field.getDeclaringClass();
    Method method;
    if (repeating) {
      method = method(owner, "add" + name, element.getImplementingClass());
    } else {
      method = method(owner, "set" + name + "Element", field.getType());
      if (method == null) {
        method = method(owner, "set" + name, field.getType());
      }
    }
    if (method == null) {
      return byHapi;
    }
    try {
      @SuppressWarnings("unchecked")
      BiConsumer<IBase, IBase> made =
          (BiConsumer<IBase, IBase>)
              implement(
                  BiConsumer.class,
                  "accept",
                  MethodType.methodType(void.class, Object.class, Object.class),
                  LOOKUP.unreflect(method),
                  MethodType.methodType(void.class, owner, method.getParameterTypes()[0]));
      return made;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return byHapi;
    }
  }

  /** The class's own public method of that name taking exactly that type, or null. */
  private static Method method(Class<?> owner, String name, Class<?> parameter) {
    try {
      Method method = owner.getMethod(name, parameter);
      return method.getDeclaringClass() == owner ? method : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** An object of the functional interface whose one method calls the target. */
  private static Object implement(
      Class<?> functional,
      String method,
      MethodType erased,
      MethodHandle target,
      MethodType instantiated)
      throws ReflectiveOperationException {
    CallSite site;
    try {
      site =
          LambdaMetafactory.metafactory(
              LOOKUP, method, MethodType.methodType(functional), erased, target, instantiated);
    } catch (LambdaConversionException e) {
      throw new ReflectiveOperationException(e);
    }
    try {
      return site.getTarget().invoke();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("a lambda's factory failed", e);
    }
  }
}
