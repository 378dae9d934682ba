package dev.eligo.cli;

import com.palantir.javapoet.JavaFile;
import dev.eligo.cli.load.IoErrors;
import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eligo compile}: writes each criteria file's evaluator as Java source, as the Maven plugin
 * does.
 */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles criteria files to Java evaluator classes, written under DIR in package"
          + " directories. Diagnostics go to standard error, written paths to standard output."
    })
final class CompileCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Criteria files (.eligo).")
  List<Path> files;

  @Option(
      names = {"-p", "--package"},
      required = true,
      paramLabel = "PACKAGE",
      converter = PackageNameConverter.class,
      description = "Java package of the generated classes, e.g. org.example.trials.")
  CompilerOptions options;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Directory to write the Java sources under (created when missing).")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean failed;
    try {
      failed =
          EachCriteriaFile.failed(
              files,
              err,
              source -> {
                CompilationResult result = EligoCompiler.compile(source, options);
                err.print(DiagnosticPrinter.print(result.diagnostics()));
                for (JavaFile javaFile : result.javaFiles()) {
                  Files.createDirectories(output);
                  out.println(javaFile.writeToPath(output, StandardCharsets.UTF_8));
                }
                return result.hasErrors();
              });
    } catch (IOException e) {
      err.println("eligo: cannot write to " + output + ": " + IoErrors.describe(e));
      return ExitCodes.USAGE;
    }
    out.flush();
    err.flush();
    return failed ? ExitCodes.PROTOCOL_ERRORS : ExitCodes.OK;
  }
}
