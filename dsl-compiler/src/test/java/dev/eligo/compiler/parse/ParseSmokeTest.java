package dev.eligo.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ParseSmokeTest {
  @Test
  void compile_sampleProtocol_generates() throws Exception {
    SourceFile file = SourceFile.read(Path.of("../examples/mcrpc/src/main/eligo/NCT07298239.eligo"));
    CompilationResult result = EligoCompiler.compile(file, CompilerOptions.inPackage("dev.eligo.examples.mcrpc"));
    assertThat(DiagnosticPrinter.print(result.diagnostics())).isEmpty();
    Files.writeString(Path.of("target/NCT07298239Evaluator.java"), result.javaFiles().get(0).toString());
  }
}
