package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every runtime method the declaration table names exists in the runtime, public, static or not as
 * the table says, with the parameter and result types the generator emits for it.
 */
class RuntimeCallTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(RuntimeCall.class)
  void runtimeHasTheMethodWithTheSignatureTheTableStates(RuntimeCall call) throws Exception {
    Class<?> owner = Class.forName(call.ownerPackage() + "." + call.owner());
    List<Method> named =
        Arrays.stream(owner.getMethods()).filter(m -> m.getName().equals(call.method())).toList();
    assertThat(named).as("%s.%s in the runtime", owner.getName(), call.method()).isNotEmpty();

    List<String> expected = call.parameters().stream().map(JavaShape::javaName).toList();
    List<String> found = new ArrayList<>();
    for (Method method : named) {
      List<String> parameters =
          Arrays.stream(method.getParameterTypes()).map(Class::getName).toList();
      found.add(parameters + " -> " + method.getReturnType().getName());
      if (parameters.equals(expected)) {
        assertThat(method.getReturnType().getName())
            .as("result of " + call)
            .isEqualTo(call.result().javaName());
        assertThat(Modifier.isStatic(method.getModifiers()))
            .as("static " + call)
            .isEqualTo(!call.instance());
        assertThat(Modifier.isPublic(method.getModifiers())).as("public " + call).isTrue();
        return;
      }
    }
    throw new AssertionError(
        call
            + " names "
            + owner.getSimpleName()
            + "."
            + call.method()
            + expected
            + ", but the runtime has only "
            + found.stream().collect(Collectors.joining("; ")));
  }
}
