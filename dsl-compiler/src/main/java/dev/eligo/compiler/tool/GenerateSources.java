package dev.eligo.compiler.tool;

import com.palantir.javapoet.JavaFile;
import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles every {@code .eligo} file of a directory into a source directory. An interim build
 * step for the examples until the Maven plugin replaces it.
 * Arguments: source directory, output directory, package name.
 */
public final class GenerateSources {
  private GenerateSources() {}

  public static void main(String[] args) throws IOException {
    Path sources = Path.of(args[0]);
    Path output = Path.of(args[1]);
    CompilerOptions options = CompilerOptions.inPackage(args[2]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".eligo")).sorted().toList();
    }
    boolean failed = false;
    for (Path file : files) {
      CompilationResult result = EligoCompiler.compile(SourceFile.read(file), options);
      System.err.print(DiagnosticPrinter.print(result.diagnostics()));
      failed |= result.hasErrors();
      for (JavaFile javaFile : result.javaFiles()) {
        javaFile.writeTo(output);
      }
    }
    if (failed) {
      System.exit(1);
    }
  }
}
