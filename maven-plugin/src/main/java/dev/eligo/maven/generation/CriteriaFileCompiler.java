package dev.eligo.maven.generation;

import com.palantir.javapoet.JavaFile;
import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.source.SourceFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Compiles one criteria file with the Eligo compiler: decodes it, picks its package, logs every
 * diagnostic and turns the generated classes into files to write. Problems are logged, not thrown.
 */
final class CriteriaFileCompiler {
  private final GenerationRequest request;
  private final ProblemLog problems;

  CriteriaFileCompiler(GenerationRequest request, ProblemLog problems) {
    this.request = request;
    this.problems = problems;
  }

  /**
   * The generated files of one criteria file; none when it has errors.
   *
   * @param relativePath the file's path under the source root, with {@code /} separators
   * @param bytes the file's content
   */
  List<GeneratedFile> compile(String relativePath, byte[] bytes) {
    Path file = request.sourceDirectory().resolve(relativePath);
    Optional<String> text = decode(bytes);
    if (text.isEmpty()) {
      problems.error(
          file,
          "is not valid "
              + request.encoding().name()
              + "; set the plugin's <encoding> to the file's encoding");
      return List.of();
    }
    Optional<String> packageName =
        request.packageName().or(() -> PackageNames.derive(relativePath));
    if (packageName.isEmpty()) {
      problems.error(
          file,
          "its directory under "
              + request.sourceDirectory()
              + " is not a Java package name; rename the directory or set <packageName>");
      return List.of();
    }
    // Named by its path under the source root, so nothing machine-specific reaches the output.
    SourceFile source = new SourceFile(relativePath, text.get());
    CompilationResult result =
        EligoCompiler.compile(source, CompilerOptions.inPackage(packageName.get()));
    for (Diagnostic diagnostic : result.diagnostics()) {
      problems.report(file, diagnostic);
    }
    if (result.hasErrors()) {
      return List.of();
    }
    return result.javaFiles().stream().map(this::toFile).toList();
  }

  private GeneratedFile toFile(JavaFile javaFile) {
    String packageName = javaFile.packageName();
    String typeName = javaFile.typeSpec().name();
    String directory = packageName.isEmpty() ? "" : packageName.replace('.', '/') + '/';
    String className = packageName.isEmpty() ? typeName : packageName + '.' + typeName;
    byte[] content = JavaSourceEncoder.encode(javaFile.toString(), request.encoding());
    return new GeneratedFile(directory + typeName + ".java", className, content);
  }

  private Optional<String> decode(byte[] bytes) {
    try {
      return Optional.of(
          request
              .encoding()
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
