package dev.eligo.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/** The strict in-memory compiler really is strict, so "no diagnostics" means something. */
class InMemoryJavaCompilerTest {

  @Test
  void compile_cleanClass_succeedsWithoutDiagnosticsAndLoads() throws Exception {
    InMemoryJavaCompiler.Result result =
        InMemoryJavaCompiler.compile(List.of(file(CodeBlockKind.CLEAN)));

    assertThat(result.diagnostics()).as(result.describe()).isEmpty();
    assertThat(result.classLoader().loadClass("dev.eligo.test.Probe")).isNotNull();
  }

  @Test
  void compile_classWithLintWarning_failsUnderWerror() {
    InMemoryJavaCompiler.Result result =
        InMemoryJavaCompiler.compile(List.of(file(CodeBlockKind.RAW_TYPE)));

    assertThat(result.success()).isFalse();
    assertThat(result.describe()).contains("found raw type").contains("-Werror");
  }

  private enum CodeBlockKind {
    CLEAN,
    RAW_TYPE
  }

  private static JavaFile file(CodeBlockKind kind) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("size").addModifiers(Modifier.STATIC).returns(int.class);
    if (kind == CodeBlockKind.RAW_TYPE) {
      method.addStatement("$T list = new $T<String>()", List.class, ArrayList.class);
    } else {
      method.addStatement("$T<String> list = new $T<>()", List.class, ArrayList.class);
    }
    method.addStatement("return list.size()");
    TypeSpec type =
        TypeSpec.classBuilder("Probe")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(method.build())
            .build();
    return JavaFile.builder("dev.eligo.test", type).build();
  }
}
